import { aUser, describeEntityPageCost } from '@qz/testing';

/** Issue 13: the assistance part of a page of children costs the same store commands for 1 child as for 50. */
describeEntityPageCost(
  'assistance: a page of children’s assistance in a bounded number of store commands',
  {
    service: 'assistance',
    user: aUser('COORDINATOR', '450700', { purpose: '个案会商' }),
    birthDate: '2014-06-01',
    selection: `assistance {
      trackedSince qualifiesFor { programme covered } benefits { id programme } proposals { id status }
      applications { id parts { department } settled overdue { step } } }`,
  },
  (entities, ids) => {
    expect(entities.map((c: any) => !!c.assistance.trackedSince)).toEqual(ids.map(() => true));
  },
);
