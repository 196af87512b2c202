import type { Role } from '@qz/identity';
import { aUser } from '@qz/testing';
import { classificationView, historyView, overridesView, WITHHELD_REASON } from './classification-view';

const as = (role: Role, purpose?: string) => aUser(role, '450700', purpose ? { purpose } : {});

const classification = {
  categories: [
    { category: 'POVERTY_DIBAO', rule: '三(一)1' },
    { category: 'AIDS_AFFECTED', rule: '三(一)3' },
    { category: 'DE_FACTO_UNSUPPORTED', rule: '三(一)2' },
  ],
  leftBehind: false,
  inDifficulty: true,
  protectedAsChildInDifficulty: false,
  computedOn: '2026-12-01',
};
const at = new Date('2026-12-01T00:00:00Z');
const history = [
  {
    at,
    effectiveOn: null,
    categories: ['POVERTY_DIBAO'],
    added: ['POVERTY_DIBAO'],
    removed: [],
    reason: '低保',
    decidedBy: 'x',
  },
  {
    at,
    effectiveOn: null,
    categories: ['POVERTY_DIBAO', 'AIDS_AFFECTED', 'DE_FACTO_UNSUPPORTED'],
    added: ['AIDS_AFFECTED', 'DE_FACTO_UNSUPPORTED'],
    removed: [],
    reason: '父亲服刑；受艾滋病影响',
    decidedBy: 'x',
  },
];
const overrides = [
  { category: 'SERIOUSLY_ILL', include: true, reason: '医院诊断', decidedBy: 'x', decidedAt: at },
];

describe('what each reader sees of a classification (DOMAIN §6, issue 16 §4)', () => {
  it('三(一)2–3 a school sees the categories without the sensitive ones, and nothing to log', () => {
    const seen = classificationView(classification, as('SCHOOL_STAFF'));
    expect(seen.value?.categories.map((c) => c.category)).toEqual(['POVERTY_DIBAO']);
    expect(seen.sensitive).toBe(false);
  });

  it('三(一)2 the police see a parent unable to care (de-facto unsupported), not AIDS; logged', () => {
    const seen = classificationView(classification, as('POLICE_OFFICER'));
    expect(seen.value?.categories.map((c) => c.category)).toEqual(['POVERTY_DIBAO', 'DE_FACTO_UNSUPPORTED']);
    expect(seen.sensitive).toBe(true);
  });

  it('三(一)2–3 the history leaves out a change only of hidden categories and withholds every reason', () => {
    const seen = historyView(history, as('TOWNSHIP_OFFICER'));
    expect(seen.value).toHaveLength(1);
    expect(seen.value[0]).toMatchObject({ categories: ['POVERTY_DIBAO'], reason: WITHHELD_REASON });
    expect(seen.sensitive).toBe(false);
  });

  it('三(一)3 health sees the AIDS change in the history but not its reason; logged', () => {
    const seen = historyView(history, as('HEALTH_OFFICER'));
    expect(seen.value.map((h) => h.added)).toEqual([['POVERTY_DIBAO'], ['AIDS_AFFECTED']]);
    expect(seen.value.every((h) => h.reason === WITHHELD_REASON)).toBe(true);
    expect(seen.sensitive).toBe(true);
  });

  it('civil affairs and the coordinator with a purpose read the reasons; logged', () => {
    for (const who of [as('CIVIL_AFFAIRS_OFFICER'), as('COORDINATOR', '督查')]) {
      const seen = historyView(history, who);
      expect(seen.value.map((h) => h.reason)).toEqual(['低保', '父亲服刑；受艾滋病影响']);
      expect(seen.sensitive).toBe(true);
    }
  });

  it('三(一)3 an override of a sensitive category is absent for a role that may not see it', () => {
    expect(overridesView(overrides, as('DPF_OFFICER'))).toEqual({ value: [], sensitive: false });
    const health = overridesView(overrides, as('HEALTH_OFFICER'));
    expect(health.value).toEqual([{ ...overrides[0], reason: WITHHELD_REASON }]);
    expect(health.sensitive).toBe(true);
  });
});
