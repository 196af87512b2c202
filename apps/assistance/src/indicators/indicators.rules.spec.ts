import { officialWorkingCalendar } from '@qz/kernel';
import {
  amountPaidFen,
  applicationCounts,
  childrenCovered,
  coversPeriod,
  gapCounts,
  missedDeadline,
  monthsOf,
} from './indicators.rules';

const cal = officialWorkingCalendar();
const benefit = (childId: string, programme: string, startDate: string, endDate: string | null = null) => ({
  childId,
  programme,
  startDate,
  endDate,
});

describe('rule DOMAIN §5 indicators: the months of a period (its checks: @qz/kernel period.spec)', () => {
  it('a period touches the months from its first to its last day, across a year end', () => {
    expect(monthsOf('2025-11-15', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf('2026-03-05', '2026-03-06')).toEqual(['2026-03']);
  });
});

describe('rule 四(三)1 children covered: a benefit covers its child in the period its term meets', () => {
  it('a term meets the period when it starts by its last day and does not end before its first', () => {
    expect(coversPeriod(benefit('c', 'DIBAO', '2026-01-01'), '2026-03-01', '2026-03-31')).toBe(true);
    expect(coversPeriod(benefit('c', 'DIBAO', '2026-04-01'), '2026-03-01', '2026-03-31')).toBe(false);
    expect(coversPeriod(benefit('c', 'DIBAO', '2025-01-01', '2026-02-28'), '2026-03-01', '2026-03-31')).toBe(
      false,
    );
    expect(coversPeriod(benefit('c', 'DIBAO', '2025-01-01', '2026-03-01'), '2026-03-01', '2026-03-31')).toBe(
      true,
    );
  });

  it('counts each child once per programme and once in all, every programme listed', () => {
    const counted = childrenCovered(
      [
        benefit('a', 'DIBAO', '2026-01-01', '2026-01-31'),
        benefit('a', 'DIBAO', '2026-02-01'),
        benefit('a', 'TEMPORARY_ASSISTANCE', '2026-03-01', '2026-03-01'),
        benefit('b', 'ORPHAN_ALLOWANCE', '2025-01-01'),
        benefit('c', 'DIBAO', '2027-01-01'),
      ],
      '2026-01-01',
      '2026-03-31',
    );
    expect(counted.total).toBe(2);
    expect(counted.byProgramme).toEqual([
      { programme: 'ORPHAN_ALLOWANCE', children: 1 },
      { programme: 'TEKUN_SUPPORT', children: 0 },
      { programme: 'DIBAO', children: 1 },
      { programme: 'TEMPORARY_ASSISTANCE', children: 1 },
    ]);
  });
});

describe('rule 三 应保尽保: the gaps count pairs and children', () => {
  it('two programmes missing for one child are two gaps and one child', () => {
    expect(gapCounts([{ childId: 'a' }, { childId: 'a' }, { childId: 'b' }])).toEqual({
      gaps: 3,
      children: 2,
    });
  });
});

describe('rule 四(四)1 deadlines: an application received in the period is overdue when a step was late', () => {
  const received = (over: object) => ({
    status: 'RECEIVED' as const,
    receivedOn: '2026-03-02',
    review: { dueOn: '2026-03-09', doneOn: null },
    approval: null,
    parts: [],
    ...over,
  });

  it('open past its due day today, or done after its due day, is overdue; done in time is not', () => {
    expect(missedDeadline(received({}), '2026-03-10', cal)).toBe(true);
    expect(missedDeadline(received({}), '2026-03-09', cal)).toBe(false);
    const reviewedLate = received({
      status: 'APPROVED',
      review: { dueOn: '2026-03-09', doneOn: '2026-03-11' },
      approval: { dueOn: '2026-03-18', doneOn: '2026-03-12' },
    });
    expect(missedDeadline(reviewedLate, '2026-04-01', cal)).toBe(true);
    const inTime = received({
      status: 'APPROVED',
      review: { dueOn: '2026-03-09', doneOn: '2026-03-09' },
      approval: { dueOn: '2026-03-16', doneOn: '2026-03-16' },
    });
    expect(missedDeadline(inTime, '2026-04-01', cal)).toBe(false);
  });

  it('counts only the applications received within the period', () => {
    const apps = [
      received({}),
      received({ receivedOn: '2026-02-27' }),
      received({ receivedOn: '2026-03-31', review: { dueOn: '2026-04-07', doneOn: null } }),
    ];
    expect(applicationCounts(apps, '2026-03-01', '2026-03-31', '2026-03-05', cal)).toEqual({
      received: 2,
      overdue: 0,
    });
    expect(applicationCounts(apps, '2026-03-01', '2026-03-31', '2026-03-10', cal)).toEqual({
      received: 2,
      overdue: 1,
    });
  });
});

describe('rule 四(三)1 amount paid: the payments of the period’s months for the region’s benefits', () => {
  it('sums the payments of the months for benefits of the region only', () => {
    const payments = [
      { benefitId: 'b1', month: '2026-03', amountFen: 50_000 },
      { benefitId: 'b1', month: '2026-04', amountFen: 50_000 },
      { benefitId: 'b2', month: '2026-03', amountFen: 30_000 },
      { benefitId: 'other-county', month: '2026-03', amountFen: 99_999 },
    ];
    expect(amountPaidFen(payments, ['2026-03', '2026-04'], new Set(['b1', 'b2']))).toBe(130_000);
    expect(amountPaidFen(payments, ['2026-03'], new Set(['b1']))).toBe(50_000);
  });
});
