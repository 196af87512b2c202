import { addDays } from '@qz/kernel';
import { dangerToReport, higherRisk, nextVisitDue, riskFromFlags } from './visit.rules';

describe('rule 四(一)4 / 四(二)1: regular visits, more often for children at higher risk', () => {
  it('a child found living alone or without a guardian is high risk, visited again within 7 days', () => {
    expect(riskFromFlags(['LIVING_ALONE'])).toBe('HIGH');
    expect(riskFromFlags(['NO_GUARDIAN_PRESENT', 'NOT_IN_SCHOOL'])).toBe('HIGH');
    expect(nextVisitDue('2026-11-29', 'HIGH')).toBe('2026-12-06');
  });

  it('other findings are medium risk (30 days); no finding is low risk (90 days)', () => {
    expect(riskFromFlags(['NOT_IN_SCHOOL'])).toBe('MEDIUM');
    expect(riskFromFlags([])).toBe('LOW');
    expect(nextVisitDue('2026-11-29', 'MEDIUM')).toBe('2026-12-29');
    expect(nextVisitDue('2026-11-29', 'LOW')).toBe('2027-02-27');
  });

  it('a caseworker can raise the risk the findings show, not lower it', () => {
    expect(higherRisk('MEDIUM', 'HIGH')).toBe('HIGH');
    expect(higherRisk('HIGH', 'LOW')).toBe('HIGH');
    expect(higherRisk('LOW', undefined)).toBe('LOW');
  });

  it('counts days across month and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('rule 四(二)2–3: danger found on a visit is a report to police', () => {
  it('any danger sign is reported, each once; a visit without one reports nothing', () => {
    expect(dangerToReport(['ABUSE', 'INJURY', 'ABUSE'])).toEqual(['ABUSE', 'INJURY']);
    expect(dangerToReport(['NO_CARE'])).toEqual(['NO_CARE']);
    expect(dangerToReport([])).toBeNull();
  });

  it('a danger sign makes the child high risk whatever the flags (visited again within 7 days)', () => {
    expect(riskFromFlags([], ['INJURY'])).toBe('HIGH');
    expect(riskFromFlags(['NOT_IN_SCHOOL'], ['NO_CARE'])).toBe('HIGH');
  });
});
