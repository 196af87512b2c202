import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { mongo } from 'mongoose';
import { isDuplicateKeyError } from '../consumer/apply-once';
import { writeContended, type LeaseGuard } from './document-lease';
import { writeLeaseSettings } from './lease-settings';

/**
 * A periodic task's lease: one holder per task name and period across every instance of a
 * service (production runs two), so that each period's run happens once. The same mechanism as
 * the per-document write lease (document-lease.ts), in the same collection: one insert of a unique
 * `_id`, the loser gets a duplicate key error, and no lease is ever updated. Here the generation is
 * the period's number: `task:<name>:<period>`, periods counted from the epoch in `intervalMs`, the
 * lease expiring at the period's end. The next period is the next generation, so a holder that died
 * never blocks the task beyond its period (its period's run is then skipped; the next one runs).
 *
 * Fencing is by the holder's clock, as for documents: the run's guard throws (WRITE_CONTENDED)
 * from `safetyMs` before the period ends, and instances whose clocks differ by less than `skewMs`
 * agree on the period. Unlike the document lease it is on even with `STORE_WRITE_LEASE=off`: two
 * instances on MongoDB would otherwise both run.
 *
 * A holder deletes its own lease of an earlier period once that period is over by more than
 * `skewMs` (at its next win), so the collection keeps about one lease per task.
 */
export interface TaskLease {
  task: string;
  /** The period's number: `floor(time / intervalMs)`. */
  period: number;
  /** The period's end (the lease's expiry), epoch ms. */
  expiresAt: number;
  /** Throws when the lease is about to end: call it before each write of a long run. */
  guard: LeaseGuard;
}

interface TaskLeaseDocument {
  _id: string;
  key: string;
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
}

const HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
/** Per database and task, the last lease this process won (deleted at the next win). */
const lastWon = new WeakMap<mongo.Db, Map<string, { id: string; expiresAt: number }>>();

/**
 * Takes the lease of `task` for the period `now` falls in, or null when another holder (another
 * instance, or this one earlier) already has it. Never waits.
 */
export async function takeTaskLease(
  db: mongo.Db,
  task: string,
  intervalMs: number,
  now: number = Date.now(),
): Promise<TaskLease | null> {
  const settings = writeLeaseSettings();
  const leases = db.collection<TaskLeaseDocument>(settings.collection);
  const period = Math.floor(now / intervalMs);
  const expiresAt = (period + 1) * intervalMs;
  const key = `task:${task}`;
  const id = `${key}:${period}`;
  try {
    await leases.insertOne({
      _id: id,
      key,
      holder: HOLDER,
      acquiredAt: new Date(now),
      expiresAt: new Date(expiresAt),
    });
  } catch (error) {
    if (isDuplicateKeyError(error)) return null;
    throw error;
  }
  const mine = lastWon.get(db) ?? new Map<string, { id: string; expiresAt: number }>();
  lastWon.set(db, mine);
  const previous = mine.get(task);
  if (previous && previous.expiresAt + settings.skewMs < now) {
    void leases.deleteOne({ _id: previous.id, holder: HOLDER }).catch(() => undefined);
  }
  mine.set(task, { id, expiresAt });
  const safetyMs = Math.min(settings.safetyMs, Math.floor(intervalMs / 4));
  return {
    task,
    period,
    expiresAt,
    guard: () => {
      if (Date.now() >= expiresAt - safetyMs) throw writeContended(settings.collection, id, Date.now() - now);
    },
  };
}
