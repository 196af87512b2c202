import { aUser, entityPageCost, expectSameStoreCost } from '@qz/testing';

/** Issue 13: the assistance part of a page of children costs the same store commands for 1 child as for 50. */
describe('assistance: a page of children’s assistance in a bounded number of store commands', () => {
  const page = entityPageCost({
    service: 'assistance',
    user: aUser('COORDINATOR', '450700', { purpose: '个案会商' }),
    birthDate: '2014-06-01',
    selection: `assistance {
      trackedSince qualifiesFor { programme covered } benefits { id programme } proposals { id status }
      applications { id parts { department } settled overdue { step } } }`,
  });
  beforeAll(() => page.start(), 120_000);
  afterAll(() => page.stop());

  it('costs as many store commands, and writes as many documents, for 50 children as for 1', async () => {
    const { one, all } = await page.measure();
    expectSameStoreCost(one, all);
    expect(all.result.data._entities.map((c: any) => !!c.assistance.trackedSince)).toEqual(
      page.ids.map(() => true),
    );
  }, 60_000);
});
