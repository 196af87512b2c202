import { checkGround, monthsBefore, type HistoryItem } from './intervention.rules';

const report = (on: string, type: HistoryItem['type']): HistoryItem => ({
  on,
  type,
  kind: 'REPORT',
  caseId: 'k',
  id: `r-${on}`,
});
const measure = (on: string, type: HistoryItem['type']): HistoryItem => ({
  on,
  type,
  kind: 'MEASURE',
  caseId: 'k',
  id: `m-${on}`,
});

describe('rule 四(二)5 监护干预: a petition to revoke guardianship needs a ground the record supports', () => {
  it('拒不履行监护职责6个月以上: supported when refusal is recorded from six months or more before the petition', () => {
    const history = [report('2026-05-29', 'GUARDIAN_NOT_PERFORMING'), report('2026-11-20', 'LEFT_ALONE')];
    const check = checkGround('REFUSED_DUTIES_SIX_MONTHS', history, '2026-11-29');
    expect(check.supported).toBe(true);
    expect(check.evidence.map((e) => e.id)).toEqual(['r-2026-05-29', 'r-2026-11-20']);
  });

  it('refuses the 6-month ground when the first refusal is less than six months old, with the reason', () => {
    const history = [report('2026-05-30', 'GUARDIAN_NOT_PERFORMING'), report('2026-11-20', 'LEFT_ALONE')];
    const check = checkGround('REFUSED_DUTIES_SIX_MONTHS', history, '2026-11-29');
    expect(check.supported).toBe(false);
    expect(check.reason).toContain('2026-05-30');
    expect(check.reason).toContain('2026-05-29');
  });

  it('refuses the 6-month ground with no refusal recorded, or a single old one that nothing shows continued', () => {
    expect(
      checkGround('REFUSED_DUTIES_SIX_MONTHS', [report('2026-01-01', 'MISSING')], '2026-11-29').supported,
    ).toBe(false);
    const single = checkGround(
      'REFUSED_DUTIES_SIX_MONTHS',
      [report('2026-01-01', 'GUARDIAN_NOT_PERFORMING')],
      '2026-11-29',
    );
    expect(single.supported).toBe(false);
    expect(single.reason).toContain('only one refusal');
  });

  it('经教育不改: endangerment needs an admonishment of the guardian and neglect reported after it', () => {
    expect(
      checkGround('ENDANGERMENT_NOT_CORRECTED', [report('2026-10-01', 'LEFT_ALONE')], '2026-11-29').supported,
    ).toBe(false);
    const h = [
      report('2026-09-01', 'LEFT_ALONE'),
      measure('2026-09-02', 'ADMONISH_GUARDIAN'),
      report('2026-11-01', 'LEFT_ALONE'),
    ];
    expect(checkGround('ENDANGERMENT_NOT_CORRECTED', h, '2026-11-29')).toMatchObject({ supported: true });
    const criticised: HistoryItem = {
      on: '2026-09-02',
      type: 'CRITICISM_EDUCATION',
      kind: 'INTERVENTION',
      caseId: 'k',
      id: 'i-1',
    };
    expect(
      checkGround(
        'ENDANGERMENT_NOT_CORRECTED',
        [criticised, report('2026-10-01', 'GUARDIAN_NOT_PERFORMING')],
        '2026-11-29',
      ).supported,
    ).toBe(true);
  });

  it('serious harm or abandonment needs a report of violence or harm, or a criminal case', () => {
    expect(
      checkGround('SERIOUS_HARM_OR_ABANDONMENT', [report('2026-10-01', 'LEFT_ALONE')], '2026-11-29')
        .supported,
    ).toBe(false);
    expect(
      checkGround(
        'SERIOUS_HARM_OR_ABANDONMENT',
        [measure('2026-10-01', 'CRIMINAL_CASE_OPENED')],
        '2026-11-29',
      ).supported,
    ).toBe(true);
  });

  it('counts calendar months, the 31st falling back to the month’s last day', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });
});
