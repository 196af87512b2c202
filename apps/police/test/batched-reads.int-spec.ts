import { aUser, describeEntityPageCost, graphql, viaGateway } from '@qz/testing';

const VILLAGE = '450702100201';
const officer = aUser('POLICE_OFFICER', '450702');

/**
 * Issue 13: the police part of a page of children costs the same store commands for 1 child as
 * for 50 (counted by the driver inside the service, the access-log write included), and one
 * access record per request.
 */
describeEntityPageCost(
  'police: a page of children’s protection in a bounded number of store commands',
  {
    service: 'police',
    user: officer,
    village: VILLAGE,
    selection: `
      protection { trackedSince forbiddenToLiveAlone openCases closedCases lastReportedAt guardianshipIntervened }
      protectionCases { id status regionCode reports { receivedAt } interventions { id kind } }`,
    // A few of them with a case, so the batched reads find something.
    arrange: async (svc, ids) => {
      for (const childId of ids.slice(0, 3)) {
        const res = await graphql(
          svc.url,
          `
            mutation ($input: ReceiveReportInput!) {
              receiveReport(input: $input) {
                id
              }
            }
          `,
          {
            input: {
              situationType: 'LEFT_ALONE',
              reporterKind: 'PUBLIC',
              channel: 'CALL_110',
              reporterName: '李四',
              reporterPhone: '13800000000',
              childId,
              regionCode: VILLAGE,
              facts: '孩子独自在家',
            },
          },
          await viaGateway(officer),
        );
        expect(res.errors).toBeUndefined();
      }
    },
  },
  (entities) => {
    expect(entities).toHaveLength(50);
    expect(entities.slice(0, 3).map((c: any) => c.protection.openCases)).toEqual([1, 1, 1]);
  },
);
