import { ManualClock } from '@qz/kernel';
import {
  DEFAULT_DISPATCH_SLA_MINUTES,
  dispatchDueAt,
  isDispatchOverdue,
  missingMeasureDetail,
  needsEscalation,
  openTemporaryCare,
  refusal,
  temporaryCareEnded,
  temporaryCareStarted,
} from './response.rules';
import type { StoredMeasure } from './case.types';
import { officialWorkingCalendar } from '@qz/kernel';
import { assessmentDueOn } from './working-days';

describe('rule 四(二)3 第一时间出警: each report is dispatched within the SLA of its situation type', () => {
  const clock = new ManualClock('2026-11-29T02:00:00Z');
  const receivedAt = clock.now();
  const sla = DEFAULT_DISPATCH_SLA_MINUTES.SUSPECTED_DOMESTIC_VIOLENCE;
  const c = { status: 'REPORTED' as const, dispatchDueAt: dispatchDueAt(receivedAt, sla), escalatedAt: null };

  it('violence and missing children are minutes; a guardian not performing may wait longer', () => {
    expect(DEFAULT_DISPATCH_SLA_MINUTES.MISSING).toBeLessThan(
      DEFAULT_DISPATCH_SLA_MINUTES.GUARDIAN_NOT_PERFORMING,
    );
    expect(c.dispatchDueAt.toISOString()).toBe('2026-11-29T02:15:00.000Z');
  });

  it('is overdue one instant after the due time, not at it', () => {
    clock.advanceMs(15 * 60_000);
    expect(isDispatchOverdue(c, clock.now())).toBe(false);
    clock.advanceMs(1);
    expect(isDispatchOverdue(c, clock.now())).toBe(true);
    expect(needsEscalation(c, clock.now())).toBe(true);
  });

  it('raises the escalation once, and never for a dispatched case', () => {
    expect(needsEscalation({ ...c, escalatedAt: clock.now() }, clock.now())).toBe(false);
    expect(isDispatchOverdue({ ...c, status: 'DISPATCHED' }, clock.now())).toBe(false);
  });
});

describe('rule 四(二)3: the case moves dispatch → measures → township notified → assessment → closed', () => {
  it('refuses to dispatch twice or to act on a closed case', () => {
    expect(refusal('dispatch', 'REPORTED')).toBeNull();
    expect(refusal('dispatch', 'DISPATCHED')).toBe('CASE_ALREADY_DISPATCHED');
    expect(refusal('notifyTownship', 'ASSESSED')).toBe('ILLEGAL_TRANSITION');
    expect(refusal('dispatch', 'CLOSED')).toBe('CASE_CLOSED');
    expect(refusal('recordMeasure', 'CLOSED')).toBe('CASE_CLOSED');
  });

  it('records measures only once police are on the case', () => {
    expect(refusal('recordMeasure', 'REPORTED')).toBe('CASE_NOT_DISPATCHED');
    expect(refusal('recordMeasure', 'DISPATCHED')).toBeNull();
  });

  it('公安部门要将相关情况及时通报镇人民政府: without notifying the township the case cannot move on', () => {
    expect(refusal('notifyTownship', 'REPORTED')).toBe('CASE_NOT_DISPATCHED');
    expect(refusal('notifyTownship', 'DISPATCHED')).toBeNull();
    expect(refusal('recordAssessment', 'DISPATCHED')).toBe('TOWNSHIP_NOT_NOTIFIED');
    expect(refusal('close', 'DISPATCHED')).toBe('TOWNSHIP_NOT_NOTIFIED');
    expect(refusal('close', 'TOWNSHIP_NOTIFIED')).toBe('ASSESSMENT_NOT_RECORDED');
    expect(refusal('close', 'ASSESSED')).toBeNull();
  });

  it('temporary care by a rescue or welfare institution comes with a written handover', () => {
    expect(missingMeasureDetail('TEMPORARY_CARE', { counterpart: '钦州市救助管理站' })).toBe(
      'handoverDocument',
    );
    expect(
      missingMeasureDetail('TEMPORARY_CARE', {
        counterpart: '钦州市救助管理站',
        handoverDocument: '交接单 2026-118',
      }),
    ).toBeNull();
    expect(missingMeasureDetail('CRIMINAL_CASE_OPENED', {})).toBe('counterpart');
    expect(missingMeasureDetail('ORDER_PARENTS_RETURN', {})).toBeNull();
  });
});

describe('rule 四(一)1 劝诫: an exhortation of the parents is on the record with who gave it', () => {
  it('names the work unit or village committee that exhorted the parents; police’s own 训诫 does not need one', () => {
    expect(missingMeasureDetail('EXHORT_GUARDIAN', {})).toBe('counterpart');
    expect(missingMeasureDetail('EXHORT_GUARDIAN', { counterpart: '沙埠村民委员会' })).toBeNull();
    expect(missingMeasureDetail('ADMONISH_GUARDIAN', {})).toBeNull();
  });
});

describe('rule 四(二)4: the township assessment is due in working days from the notification', () => {
  const calendar = officialWorkingCalendar();
  it('skips weekends: notified on a Thursday, 5 working days is the next Thursday', () => {
    expect(assessmentDueOn('2026-11-26', calendar)).toBe('2026-12-03');
  });
  it('notified on a Saturday counts from Monday', () => {
    expect(assessmentDueOn('2026-11-28', calendar)).toBe('2026-12-04');
  });
  it('skips the official holidays and counts the make-up Saturday (National Day 2026)', () => {
    // Wednesday 30 September: 1–7 October off, Thursday 8, Friday 9, Saturday 10 (调休), 12, 13.
    expect(assessmentDueOn('2026-09-30', calendar)).toBe('2026-10-13');
  });
});

describe('rule 四(二)3 临时照料: temporary care by an institution reaches the registry', () => {
  const c = { id: 'case-1', childId: 'child-1', regionCode: '450702100201' };
  const care = {
    id: 'measure-1',
    kind: 'TEMPORARY_CARE' as const,
    counterpart: '钦州市未成年人救助保护中心',
    handoverDocument: '交接书 2026-041',
    takenAt: new Date('2026-11-02T03:00:00Z'),
  };

  it('a TEMPORARY_CARE measure on an identified child is the event, with the institution and the handover', () => {
    expect(temporaryCareStarted(c, care)).toEqual({
      caseId: 'case-1',
      measureId: 'measure-1',
      childId: 'child-1',
      regionCode: '450702100201',
      institution: '钦州市未成年人救助保护中心',
      handoverDocument: '交接书 2026-041',
      startedAt: '2026-11-02T03:00:00.000Z',
    });
  });

  it('no event for another measure, or for a child not identified yet', () => {
    expect(temporaryCareStarted(c, { ...care, kind: 'ENTRUSTED_GUARDIAN_SET' })).toBeNull();
    expect(temporaryCareStarted({ ...c, childId: null }, care)).toBeNull();
  });
});

describe('rule 四(二)3 临时照料: temporary care ends with a written handover, and the registry learns it', () => {
  const c = { id: 'case-1', childId: 'child-1', regionCode: '450702100201' };
  const measure = (id: string, kind: StoredMeasure['kind'], day: number): StoredMeasure => ({
    id,
    kind,
    takenAt: new Date(`2026-11-${String(day).padStart(2, '0')}T03:00:00Z`),
    takenBy: 'officer-1',
    counterpart: '钦州市未成年人救助保护中心',
    handoverDocument: `交接书 ${id}`,
    notes: '',
  });
  const end = {
    ...measure('m-3', 'TEMPORARY_CARE_ENDED', 20),
    counterpart: '父亲 黄某',
    careOutcome: 'RETURNED_TO_GUARDIAN' as const,
  };

  it('四(二)3: the end names to whom the child went, the written handover and the outcome', () => {
    expect(
      missingMeasureDetail('TEMPORARY_CARE_ENDED', { counterpart: '父亲', handoverDocument: '交接书' }),
    ).toBe('careOutcome');
    expect(missingMeasureDetail('TEMPORARY_CARE_ENDED', { counterpart: '父亲', careOutcome: 'X' })).toBe(
      'handoverDocument',
    );
    expect(
      missingMeasureDetail('TEMPORARY_CARE_ENDED', {
        counterpart: '父亲',
        handoverDocument: '交接书',
        careOutcome: 'RETURNED_TO_GUARDIAN',
      }),
    ).toBeNull();
  });

  it('四(二)3: the care running is the last TEMPORARY_CARE not followed by its end', () => {
    const first = measure('m-1', 'TEMPORARY_CARE', 2);
    expect(openTemporaryCare([])).toBeNull();
    expect(openTemporaryCare([measure('m-0', 'ADMONISH_GUARDIAN', 1), first])).toBe(first);
    expect(openTemporaryCare([first, measure('m-2', 'TEMPORARY_CARE_ENDED', 9)])).toBeNull();
    const again = measure('m-4', 'TEMPORARY_CARE', 21);
    // Recorded out of order (takenAt given): the order of the days decides.
    expect(openTemporaryCare([again, measure('m-2', 'TEMPORARY_CARE_ENDED', 9), first])).toBe(again);
  });

  it('四(二)3: the end of an identified child’s care is the event; none for a child not identified', () => {
    expect(temporaryCareEnded(c, end, { id: 'm-1' })).toEqual({
      caseId: 'case-1',
      measureId: 'm-3',
      startedMeasureId: 'm-1',
      childId: 'child-1',
      regionCode: '450702100201',
      outcome: 'RETURNED_TO_GUARDIAN',
      handedTo: '父亲 黄某',
      handoverDocument: '交接书 m-3',
      endedAt: '2026-11-20T03:00:00.000Z',
    });
    expect(temporaryCareEnded({ ...c, childId: null }, end, { id: 'm-1' })).toBeNull();
  });
});
