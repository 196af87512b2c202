import { computeRegistryIndicators, type ChildFacts } from './registry-indicators.rules';

const child = (over: Partial<ChildFacts> = {}): ChildFacts => ({
  categoryCodes: [],
  leftBehind: false,
  guardianshipSituation: null,
  visitDates: [],
  ...over,
});
const period = { from: '2026-01-01', to: '2026-06-30' };
const none = { villageCodes: [], townshipCodes: [], appointments: [] };

describe('docs/domain/indicators.md registry indicators', () => {
  describe('children by category', () => {
    it('counts each child once per category and lists every category, zeros included', () => {
      const v = computeRegistryIndicators(
        {
          ...none,
          children: [
            child({ categoryCodes: ['LEFT_BEHIND', 'DISABLED'] }),
            child({ categoryCodes: ['LEFT_BEHIND'] }),
          ],
        },
        period,
      );
      expect(v.children).toBe(2);
      const count = (c: string) => v.childrenByCategory.find((x) => x.category === c)?.count;
      expect(count('LEFT_BEHIND')).toBe(2);
      expect(count('DISABLED')).toBe(1);
      expect(count('ORPHAN')).toBe(0);
    });
  });

  describe('rule 四(二)1 / 五(一): share of villages with a supervisor and townships with a social worker', () => {
    it('counts posts held on the last day of the period, once per region', () => {
      const v = computeRegistryIndicators(
        {
          children: [],
          villageCodes: ['v1', 'v2', 'v3', 'v4'],
          townshipCodes: ['t1', 't2'],
          appointments: [
            { role: 'VILLAGE_SUPERVISOR', regionCode: 'v1', appointedOn: '2025-01-01', endedOn: null },
            // a successor in the same village: still one village
            { role: 'VILLAGE_SUPERVISOR', regionCode: 'v1', appointedOn: '2026-03-01', endedOn: null },
            // ended before the last day
            {
              role: 'VILLAGE_SUPERVISOR',
              regionCode: 'v2',
              appointedOn: '2025-01-01',
              endedOn: '2026-06-29',
            },
            // appointed after the period
            { role: 'VILLAGE_SUPERVISOR', regionCode: 'v3', appointedOn: '2026-07-01', endedOn: null },
            // ends on the last day: still in post that day
            {
              role: 'TOWNSHIP_SOCIAL_WORKER',
              regionCode: 't1',
              appointedOn: '2025-01-01',
              endedOn: '2026-06-30',
            },
          ],
        },
        period,
      );
      expect(v).toMatchObject({
        villages: 4,
        villagesWithSupervisor: 1,
        villageSupervisorShare: 0.25,
        townships: 2,
        townshipsWithSocialWorker: 1,
        townshipSocialWorkerShare: 0.5,
      });
    });

    it('gives no share (null) for a region without villages or townships', () => {
      const v = computeRegistryIndicators({ ...none, children: [] }, period);
      expect(v.villageSupervisorShare).toBeNull();
      expect(v.townshipSocialWorkerShare).toBeNull();
      expect(v.visitsPerChild).toBeNull();
    });
  });

  describe('rule 四(一)4: visits per child in the period', () => {
    it('counts visits inside the period (both ends) over every child of the ledger', () => {
      const v = computeRegistryIndicators(
        {
          ...none,
          children: [
            child({ visitDates: ['2025-12-31', '2026-01-01', '2026-06-30'] }),
            child({ visitDates: ['2026-07-01'] }),
            child(),
          ],
        },
        period,
      );
      expect(v.visits).toBe(2);
      expect(v.visitsPerChild).toBe(0.67);
    });
  });

  describe('rule 四(一)3: left-behind children without a valid entrusted guardian', () => {
    it('counts left-behind children with no agreement or an ended one; one ending soon is still valid', () => {
      const v = computeRegistryIndicators(
        {
          ...none,
          children: [
            child({ leftBehind: true, guardianshipSituation: 'NO_AGREEMENT' }),
            child({ leftBehind: true, guardianshipSituation: 'AGREEMENT_ENDED' }),
            child({ leftBehind: true, guardianshipSituation: 'AGREEMENT_ENDING_SOON' }),
            child({ leftBehind: true, guardianshipSituation: 'COVERED' }),
            child({ leftBehind: false, guardianshipSituation: 'NO_AGREEMENT' }),
          ],
        },
        period,
      );
      expect(v.leftBehindWithoutValidGuardian).toBe(2);
    });
  });
});
