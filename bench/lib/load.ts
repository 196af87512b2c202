/**
 * Load loops of the benchmarks: closed (N connections, each sending its next request when the
 * last one answered, for a duration) and open (requests started at a fixed rate, whatever the
 * answers). A request is a function that resolves to null when it succeeded or to an error text.
 */
import { summarise } from './stats';

export type Attempt = () => Promise<string | null>;

export interface LoadResult {
  requests: number;
  perSecond: number;
  errors: number;
  errorSamples: string[];
  latencyMs: ReturnType<typeof summarise>;
}

async function timed(attempt: Attempt, latencies: number[], errors: string[]): Promise<void> {
  const t = performance.now();
  let error: string | null;
  try {
    error = await attempt();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  latencies.push(performance.now() - t);
  if (error) errors.push(error);
}

function result(latencies: number[], errors: string[], seconds: number): LoadResult {
  return {
    requests: latencies.length,
    perSecond: Math.round((latencies.length / seconds) * 100) / 100,
    errors: errors.length,
    errorSamples: [...new Set(errors)].slice(0, 3),
    latencyMs: summarise(latencies),
  };
}

/**
 * `connections` loops, each sending `attempt` again as soon as it answered, for `seconds` (or
 * until `until.done` is set).
 */
export async function closedLoop(
  attempt: Attempt,
  connections: number,
  seconds: number,
  until: { done: boolean } = { done: false },
  sink: Sink = newSink(),
): Promise<LoadResult> {
  const { latencies, errors } = sink;
  const started = performance.now();
  const end = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end && !until.done) await timed(attempt, latencies, errors);
    }),
  );
  sink.seconds += (performance.now() - started) / 1000;
  return result(latencies, errors, sink.seconds);
}

/** Where runs of one target in several rounds add up (closedLoop's last argument). */
export interface Sink {
  latencies: number[];
  errors: string[];
  seconds: number;
}
export const newSink = (): Sink => ({ latencies: [], errors: [], seconds: 0 });

/**
 * Starts `attempt(i)` at `rate` per second for `seconds` (open loop: a slow answer does not slow
 * the schedule), with at most `maxInFlight` unanswered; a start the cap holds back is late, and
 * counted as such. Resolves when every started attempt has answered.
 */
export async function openLoop(
  attempt: (i: number) => Promise<string | null>,
  rate: number,
  seconds: number,
  maxInFlight = 256,
): Promise<LoadResult & { late: number; sendSeconds: number }> {
  const latencies: number[] = [];
  const errors: string[] = [];
  const total = Math.round(rate * seconds);
  const started = performance.now();
  const running = new Set<Promise<void>>();
  let late = 0;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    if (running.size >= maxInFlight) {
      late++;
      await Promise.race(running);
    }
    const p: Promise<void> = timed(() => attempt(i), latencies, errors).then(() => {
      running.delete(p);
    });
    running.add(p);
  }
  const sendSeconds = (performance.now() - started) / 1000;
  await Promise.all(running);
  return { ...result(latencies, errors, sendSeconds), late, sendSeconds: Math.round(sendSeconds * 10) / 10 };
}

/** Runs `work` on every item, `concurrency` at a time; returns the errors (item index and text). */
export async function inPool<T>(
  items: T[],
  concurrency: number,
  work: (item: T, i: number) => Promise<unknown>,
) {
  const errors: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        try {
          await work(items[i], i);
        } catch (e) {
          errors.push(e instanceof Error ? e.message : String(e));
        }
      }
    }),
  );
  return errors;
}
