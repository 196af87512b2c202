import type { StoredReport } from '../cases/case.types';
import { isSearchOverdue, missingReport, nextReviewDueAt, searchStartedOnTime } from './search.rules';

const at = (iso: string) => new Date(iso);
const report = (situationType: string, receivedAt: string, dueMinutes = 15) =>
  ({
    situationType,
    receivedAt: at(receivedAt),
    dispatchDueAt: new Date(at(receivedAt).getTime() + dueMinutes * 60_000),
  }) as unknown as StoredReport;

describe('rule 四(二)3 儿童失踪快速查找: the fast search and its clock', () => {
  it('is for a case with a report of a missing child: its first such report starts the clock', () => {
    expect(missingReport([report('LEFT_ALONE', '2026-03-02T01:00:00Z')])).toBeNull();
    const first = report('MISSING', '2026-03-02T02:00:00Z');
    expect(
      missingReport([
        report('MISSING', '2026-03-02T05:00:00Z'),
        report('LEFT_ALONE', '2026-03-02T01:00:00Z'),
        first,
      ]),
    ).toBe(first);
  });

  it('starts on time by the missing report’s dispatch deadline (第一时间), not a minute later', () => {
    const r = report('MISSING', '2026-03-02T02:00:00Z', 15);
    expect(searchStartedOnTime(r, at('2026-03-02T02:15:00Z'))).toBe(true);
    expect(searchStartedOnTime(r, at('2026-03-02T02:16:00Z'))).toBe(false);
  });

  it('is due for review a day after it started or was last reviewed, and overdue only while open', () => {
    const search = { startedAt: at('2026-03-02T02:00:00Z'), reviews: [], end: null };
    expect(nextReviewDueAt(search)).toEqual(at('2026-03-03T02:00:00Z'));
    expect(isSearchOverdue(search, at('2026-03-03T02:00:00Z'))).toBe(false);
    expect(isSearchOverdue(search, at('2026-03-03T02:01:00Z'))).toBe(true);
    const reviewed = { ...search, reviews: [{ at: at('2026-03-02T20:00:00Z') }] };
    expect(nextReviewDueAt(reviewed)).toEqual(at('2026-03-03T20:00:00Z'));
    expect(isSearchOverdue(reviewed, at('2026-03-03T10:00:00Z'))).toBe(false);
    expect(isSearchOverdue({ ...search, end: { outcome: 'FOUND_SAFE' } }, at('2026-03-09T00:00:00Z'))).toBe(
      false,
    );
  });
});
