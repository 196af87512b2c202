import { nextStatus, reportDueOn, reportOverdue, type DropoutStatus } from './dropout-case.rules';

const refused = (status: DropoutStatus, step: Parameters<typeof nextStatus>[1]) => {
  try {
    nextStatus(status, step);
  } catch (e) {
    return (e as { code: string }).code;
  }
  return 'allowed';
};

describe('rule 四(二)6 辍学学生登记、劝返复学: registration and persuasion', () => {
  it('a failed persuasion attempt moves a registered case to PERSUADING and keeps it there', () => {
    expect(nextStatus('REGISTERED', 'PERSUASION_FAILED')).toBe('PERSUADING');
    expect(nextStatus('PERSUADING', 'PERSUASION_FAILED')).toBe('PERSUADING');
  });

  it('persuasion goes on after flagging, reporting and escalation without changing the step', () => {
    expect(nextStatus('FLAGGED', 'PERSUASION_FAILED')).toBe('FLAGGED');
    expect(nextStatus('ESCALATED', 'PERSUASION_FAILED')).toBe('ESCALATED');
  });

  it('the child may return at any open step, and a returned case is closed', () => {
    for (const s of ['REGISTERED', 'PERSUADING', 'FLAGGED', 'REPORTED', 'ESCALATED'] as const)
      expect(nextStatus(s, 'RETURNED')).toBe('RETURNED');
    expect(refused('RETURNED', 'RETURNED')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
    expect(refused('RETURNED', 'PERSUASION_FAILED')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
  });
});

describe('rule 四(二)6 学籍标识: only a dropout whom persuasion did not bring back is flagged', () => {
  it('a case with a failed attempt can be flagged; a case without one cannot', () => {
    expect(nextStatus('PERSUADING', 'FLAG')).toBe('FLAGGED');
    expect(refused('REGISTERED', 'FLAG')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
    expect(refused('FLAGGED', 'FLAG')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
  });
});

describe('rule 四(二)6 书面报告: a flagged case is reported in writing within the county’s deadline', () => {
  it('only a flagged case is reported', () => {
    expect(nextStatus('FLAGGED', 'REPORT')).toBe('REPORTED');
    expect(refused('PERSUADING', 'REPORT')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
  });

  it('the report is due 3 working days after flagging by default: flagged on a Thursday, due on Tuesday', () => {
    expect(reportDueOn('2026-11-26', 3)).toBe('2026-12-01');
    expect(reportDueOn('2026-11-26', 5)).toBe('2026-12-03');
  });

  it('the official holidays are not working days and a make-up Saturday is (National Day 2026)', () => {
    // Flagged Wednesday 30 September: 1–7 October off; 8, 9 and Saturday 10 (调休) count.
    expect(reportDueOn('2026-09-30', 3)).toBe('2026-10-10');
  });

  it('a deadline in a year whose schedule is not published yet is still set, on its statutory holidays', () => {
    // Flagged Wednesday 30 December 2026: 31 December, (1 January 2027 元旦 off, weekend) 4, 5 January.
    expect(reportDueOn('2026-12-30', 3)).toBe('2027-01-05');
  });

  it('is overdue the day after the due date while still not reported, and not once reported', () => {
    const flagged = { status: 'FLAGGED' as const, reportDueOn: '2026-12-01' };
    expect(reportOverdue(flagged, '2026-12-01')).toBe(false);
    expect(reportOverdue(flagged, '2026-12-02')).toBe(true);
    expect(reportOverdue({ ...flagged, status: 'REPORTED' }, '2026-12-02')).toBe(false);
  });
});

describe('rule 四(二)6 报告县级人民政府: escalation to the county government', () => {
  it('only a reported case is escalated; a returned case cannot be escalated', () => {
    expect(nextStatus('REPORTED', 'ESCALATE')).toBe('ESCALATED');
    expect(refused('RETURNED', 'ESCALATE')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
    expect(refused('FLAGGED', 'ESCALATE')).toBe('DROPOUT_TRANSITION_NOT_ALLOWED');
  });
});
