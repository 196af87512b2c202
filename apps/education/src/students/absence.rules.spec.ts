import { absenceRiskTrigger, type AbsenceFact } from './absence.rules';

const T = { consecutiveDays: 3, cumulativeDays: 5, windowDays: 30 };
const absent = (...dates: string[]): AbsenceFact[] => dates.map((date) => ({ date, excused: false }));

describe('rule 四(二)6 (first sentence) 逃学旷课: absences over a threshold open a risk record', () => {
  it('three consecutive school days of unexcused absence reach the consecutive threshold', () => {
    expect(absenceRiskTrigger(absent('2026-11-24', '2026-11-25', '2026-11-26'), '2026-11-26', T)).toEqual({
      trigger: 'CONSECUTIVE',
      days: 3,
    });
  });

  it('a weekend between two school days does not break the run (Thu, Fri, Mon)', () => {
    expect(absenceRiskTrigger(absent('2026-11-26', '2026-11-27', '2026-11-30'), '2026-11-30', T)).toEqual({
      trigger: 'CONSECUTIVE',
      days: 3,
    });
  });

  it('a school day attended breaks the run', () => {
    expect(absenceRiskTrigger(absent('2026-11-23', '2026-11-25', '2026-11-26'), '2026-11-26', T)).toBeNull();
  });

  it('excused absences (sick leave) do not count', () => {
    const facts = [...absent('2026-11-24', '2026-11-26'), { date: '2026-11-25', excused: true }];
    expect(absenceRiskTrigger(facts, '2026-11-26', T)).toBeNull();
  });

  it('five unexcused days within 30 calendar days reach the cumulative threshold', () => {
    const facts = absent('2026-11-03', '2026-11-10', '2026-11-17', '2026-11-20', '2026-11-26');
    expect(absenceRiskTrigger(facts, '2026-11-26', T)).toEqual({ trigger: 'CUMULATIVE', days: 5 });
    expect(absenceRiskTrigger(facts, '2026-12-04', T)).toBeNull(); // 11-03 has left the window
  });

  it('absences before the last risk record was closed count no more', () => {
    const facts = absent('2026-11-24', '2026-11-25', '2026-11-26');
    expect(absenceRiskTrigger(facts, '2026-11-26', T, '2026-11-25')).toBeNull();
  });
});
