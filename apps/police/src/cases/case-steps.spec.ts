import { ManualClock } from '@qz/kernel';
import { CaseErrors } from './case.errors';
import { CaseSteps } from './case-steps';
import type { CaseRepository } from './case.repository';

describe('a step on a case that changed between its read and its write', () => {
  const steps = new CaseSteps({} as CaseRepository, new ManualClock('2026-11-29T03:00:00Z'));

  it('runs again, reloading the case, when the case changed meanwhile', async () => {
    let runs = 0;
    const result = await steps.retrying(async () => {
      runs++;
      if (runs < 3) throw CaseErrors.changedConcurrently('case-1');
      return 'dispatched';
    });
    expect(result).toBe('dispatched');
    expect(runs).toBe(3);
  });

  it('gives up after the attempts, with the conflict, and never retries another refusal', async () => {
    let runs = 0;
    await expect(
      steps.retrying(async () => {
        runs++;
        throw CaseErrors.changedConcurrently('case-1');
      }),
    ).rejects.toMatchObject({ code: 'CASE_CHANGED_CONCURRENTLY' });
    expect(runs).toBe(3);
    runs = 0;
    await expect(
      steps.retrying(async () => {
        runs++;
        throw CaseErrors.refused('CASE_CLOSED', 'dispatch', 'CLOSED');
      }),
    ).rejects.toMatchObject({ code: 'CASE_CLOSED' });
    expect(runs).toBe(1);
  });
});

describe('a day given for a step on a case', () => {
  const steps = new CaseSteps({} as CaseRepository, new ManualClock('2026-11-29T20:00:00Z'));

  it('may be today in China (already the 30th at 04:00) or before, never after', () => {
    expect(steps.pastDate('2026-11-30', 'input.on')).toBe('2026-11-30');
    expect(steps.pastDate('2026-11-01', 'input.on')).toBe('2026-11-01');
    expect(() => steps.pastDate('2026-12-01', 'input.on')).toThrow(
      expect.objectContaining({ code: 'DATE_IN_FUTURE' }),
    );
  });
});
