import { checkGround, monthsAfter, monthsBefore, type HistoryItem } from './intervention.rules';

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
  const educated = measure('2026-03-10', 'ADMONISH_GUARDIAN');
  const refused = (on: string) => report(on, 'GUARDIAN_NOT_PERFORMING');
  const sixMonths = (history: HistoryItem[], on = '2026-11-29') =>
    checkGround('REFUSED_DUTIES_SIX_MONTHS', history, on);

  it('四(二)5 拒不履行监护职责6个月以上: one day of refusal is refused, however many reports it has', () => {
    const check = sixMonths([
      measure('2026-04-01', 'ADMONISH_GUARDIAN'),
      refused('2026-05-08'),
      refused('2026-05-08'),
    ]);
    expect(check.supported).toBe(false);
    expect(check.reason).toContain('from 2026-05-08 to 2026-05-08');
    expect(check.reason).toContain('2026-11-08');
  });

  it('四(二)5: six months of refusal without police education first is refused; refusal before the education does not count', () => {
    const none = sixMonths([refused('2026-03-11'), refused('2026-09-11')]);
    expect(none).toMatchObject({ supported: false, evidence: [] });
    expect(none.reason).toContain('no police education');
    const late = sixMonths([
      refused('2026-01-05'),
      measure('2026-06-01', 'ADMONISH_GUARDIAN'),
      refused('2026-11-20'),
    ]);
    expect(late.supported).toBe(false);
    expect(late.reason).toContain('from 2026-11-20 to 2026-11-20');
    expect(sixMonths([educated, refused('2026-03-10'), refused('2026-09-10')]).reason).toContain(
      'from 2026-09-10 to 2026-09-10',
    ); // the education day itself counts as before it
  });

  it('四(二)5: five months and thirty days of refusal after education is refused', () => {
    const check = sixMonths([educated, refused('2026-03-11'), refused('2026-06-01'), refused('2026-09-10')]);
    expect(check.supported).toBe(false);
    expect(check.reason).toContain('2026-09-11');
  });

  it('四(二)5: exactly six calendar months of refusal after education is accepted (the last on or after the same day six months on)', () => {
    const check = sixMonths([educated, refused('2026-03-11'), refused('2026-09-11')]);
    expect(check.supported).toBe(true);
    expect(check.evidence.map((e) => e.id)).toEqual(['m-2026-03-10', 'r-2026-03-11', 'r-2026-09-11']);
    const criticised: HistoryItem = {
      on: '2026-02-27',
      type: 'CRITICISM_EDUCATION',
      kind: 'INTERVENTION',
      caseId: 'k',
      id: 'i-1',
    };
    expect(sixMonths([criticised, refused('2026-02-28'), refused('2026-08-28')]).supported).toBe(true);
    expect(sixMonths([educated, refused('2026-03-11'), refused('2026-09-11')], '2026-09-10').supported).toBe(
      false,
    );
  });

  it('四(二)5 with 四(二)3 责令: a police check finding an order to return not complied with is a recorded refusal', () => {
    const notComplied = (on: string): HistoryItem => ({
      on,
      type: 'ORDER_NOT_COMPLIED',
      kind: 'ORDER',
      caseId: 'k',
      id: `o-${on}`,
    });
    const check = sixMonths([
      educated,
      notComplied('2026-03-20'),
      refused('2026-07-01'),
      notComplied('2026-09-20'),
    ]);
    expect(check.supported).toBe(true);
    expect(check.evidence.map((e) => e.id)).toEqual([
      'm-2026-03-10',
      'o-2026-03-20',
      'r-2026-07-01',
      'o-2026-09-20',
    ]);
    // 劝诫 by a village committee or work unit (四(一)1) is not police education (训诫): no ground.
    expect(
      sixMonths([measure('2026-03-10', 'EXHORT_GUARDIAN'), refused('2026-03-11'), refused('2026-09-11')])
        .supported,
    ).toBe(false);
    // The order itself (a measure of the police) is not a refusal; only its failed check is.
    const ordered = measure('2026-03-20', 'ORDER_PARENTS_RETURN');
    expect(sixMonths([educated, ordered, notComplied('2026-09-19')]).supported).toBe(false);
  });

  it('四(二)5: only a recorded refusal (GUARDIAN_NOT_PERFORMING) counts — a dropout, a missing agreement, a child alone do not', () => {
    for (const type of ['DROPOUT', 'MISSING_AGREEMENT', 'LEFT_ALONE', 'NEGLECT', 'TRUANCY_RISK'] as const)
      expect(sixMonths([educated, refused('2026-03-11'), report('2026-09-20', type)]).supported).toBe(false);
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
    expect(monthsAfter('2026-08-31', 6)).toBe('2027-02-28');
    expect(monthsAfter('2026-03-11', 6)).toBe('2026-09-11');
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 6)).toBe('2025-09-15');
  });
});
