import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { takeTaskLease, type LeaseGuard } from '@qz/messaging';
import type { mongo } from 'mongoose';

export interface PeriodicTaskSpec {
  /** The task's name, unique in the service: its lease and its log lines carry it. */
  name: string;
  /** The period: the task runs once in each, on one instance of the service. */
  intervalMs: number;
  /** Also run in the period the service starts in (unless another instance already did). Default true. */
  runAtStart?: boolean;
  /** What to log when a run did something (`done` > 0), e.g. `overdue dispatches escalated`. */
  doneMessage: string;
}

/**
 * One run; returns how many things it changed. `guard` throws once the period's lease is ending
 * (a long run calls it before each write); `period` is the number of the period it runs for.
 */
export type PeriodicRun = (lease: { guard: LeaseGuard; period: number }) => Promise<number>;

/** What the runner logs through (pino's signature). */
export interface TaskLogger {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

interface Task {
  spec: PeriodicTaskSpec;
  run: PeriodicRun;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
}

/**
 * The one runner of a service's periodic work (the store has no TTL indexes or scheduled jobs).
 * Periods are counted from the epoch, so every instance agrees on them; at each period's start
 * (plus a small jitter) every instance asks for the task's lease of that period (@qz/messaging's
 * task lease: one unique insert) and only the one that gets it runs the task — once per period
 * across N instances. Never two runs of a task at once in an instance; a failed run is logged and
 * the task runs again next period; the run in progress is awaited at shutdown.
 */
export class PeriodicTaskRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly tasks = new Map<string, Task>();
  private started = false;
  private stopped = false;

  constructor(
    /** The service's connection: the task leases live in its database. */
    private readonly store: { readonly db?: mongo.Db },
    private readonly logger: TaskLogger,
  ) {}

  /** Adds a task (from a provider's constructor); it starts with the application. */
  register(spec: PeriodicTaskSpec, run: PeriodicRun): void {
    if (this.tasks.has(spec.name)) throw new Error(`periodic task ${spec.name} is registered twice`);
    const task: Task = { spec, run, timer: null, running: null };
    this.tasks.set(spec.name, task);
    if (this.started) this.start(task);
  }

  onApplicationBootstrap(): void {
    this.started = true;
    for (const task of this.tasks.values()) this.start(task);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const task of this.tasks.values()) if (task.timer) clearTimeout(task.timer);
    await Promise.all([...this.tasks.values()].map((t) => t.running));
  }

  /** Runs `name` now if this instance can take the current period's lease; whether it ran. */
  async runIfDue(name: string): Promise<boolean> {
    const task = this.tasks.get(name);
    if (!task) throw new Error(`no periodic task ${name}`);
    if (task.running) return false;
    let ran = false;
    task.running = (async () => {
      if (!this.store.db) throw new Error('the store is not connected');
      const lease = await takeTaskLease(this.store.db, task.spec.name, task.spec.intervalMs);
      if (!lease) return;
      ran = true;
      const done = await task.run({ guard: lease.guard, period: lease.period });
      if (done) this.logger.info({ task: task.spec.name, period: lease.period, done }, task.spec.doneMessage);
    })()
      .catch((err: unknown) =>
        this.logger.error(
          { task: task.spec.name, err },
          `${task.spec.name} failed; will run again next period`,
        ),
      )
      .finally(() => (task.running = null));
    await task.running;
    return ran;
  }

  private start(task: Task): void {
    if (task.spec.runAtStart ?? true) void this.runIfDue(task.spec.name);
    this.schedule(task);
  }

  /** Wakes at the next period's start, plus up to a tenth of a period (at most 1 s) of jitter. */
  private schedule(task: Task): void {
    if (this.stopped) return;
    const { intervalMs } = task.spec;
    const now = Date.now();
    const nextStart = (Math.floor(now / intervalMs) + 1) * intervalMs;
    const jitter = Math.random() * Math.min(1000, intervalMs / 10);
    task.timer = setTimeout(
      () => {
        void this.runIfDue(task.spec.name);
        this.schedule(task);
      },
      nextStart - now + jitter,
    );
    task.timer.unref();
  }
}
