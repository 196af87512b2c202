import { aUser, describeEntityPageCost } from '@qz/testing';

/** Issue 13: the education part of a page of children costs the same store commands for 1 child as for 50. */
describeEntityPageCost(
  'education: a page of children’s education in a bounded number of store commands',
  {
    service: 'education',
    user: aUser('COORDINATOR', '450700', { purpose: '个案会商' }),
    birthDate: '2014-06-01',
    selection: `education {
      trackedSince compulsoryEducationAge registryCategories
      enrolment { schoolId grade studentNumber school { id } } absences { date } absenceRisks { id }
      dropoutCases { id facts school { id } } aidProposals { id status } }`,
  },
  (entities, ids) => {
    expect(entities.map((c: any) => c.education.compulsoryEducationAge)).toEqual(ids.map(() => true));
  },
);
