import { aUser, entityPageCost, expectSameStoreCost } from '@qz/testing';

/** Issue 13: the health part of a page of children costs the same store commands for 1 child as for 50. */
describe('health: a page of children’s health in a bounded number of store commands', () => {
  const page = entityPageCost({
    service: 'health',
    user: aUser('COORDINATOR', '450700', { purpose: '个案会商' }),
    birthDate: '2021-06-01',
    selection: `health {
      trackedSince rehabAssistanceAge medicalAssistanceGroup
      medicalClaims { id status } rehabServices { id status } premiumSubsidies { year } disability { type } }`,
  });
  beforeAll(() => page.start(), 120_000);
  afterAll(() => page.stop());

  it('costs as many store commands, and writes as many documents, for 50 children as for 1', async () => {
    const { one, all } = await page.measure();
    expectSameStoreCost(one, all);
    expect(all.result.data._entities.map((c: any) => c.health.rehabAssistanceAge)).toEqual(
      page.ids.map(() => true),
    );
  }, 60_000);
});
