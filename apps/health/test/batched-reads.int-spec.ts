import { aUser, describeEntityPageCost } from '@qz/testing';

/** Issue 13: the health part of a page of children costs the same store commands for 1 child as for 50. */
describeEntityPageCost(
  'health: a page of children’s health in a bounded number of store commands',
  {
    service: 'health',
    user: aUser('COORDINATOR', '450700', { purpose: '个案会商' }),
    birthDate: '2021-06-01',
    selection: `health {
      trackedSince rehabAssistanceAge medicalAssistanceGroup
      medicalClaims { id status } rehabServices { id status } premiumSubsidies { year } disability { type } }`,
  },
  (entities, ids) => {
    expect(entities.map((c: any) => c.health.rehabAssistanceAge)).toEqual(ids.map(() => true));
  },
);
