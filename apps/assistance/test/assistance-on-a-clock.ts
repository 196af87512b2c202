import type { ManualClock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { startInProcess, type InProcessService } from '@qz/testing';

/** Assistance in the test's process against the real broker and store, on a clock the test moves. */
export const startAssistanceOnClock = (clock: ManualClock): Promise<InProcessService> =>
  startInProcess('assistance', () => import('../src/app.module').then((m) => m.AppModule), {
    overrides: [[CLOCK, clock]],
  });
