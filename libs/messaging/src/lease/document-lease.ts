import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DomainError } from '@qz/kernel';
import type { mongo } from 'mongoose';
import { LocalQueue } from './local-queue';
import { writeLeaseSettings, type WriteLeaseSettings } from './lease-settings';

/**
 * A write lease per document (collection + `_id`), across processes, on a store whose updates are
 * not isolated. FerretDB 1.24 applies an update by reading the document, changing it and writing
 * it back: two concurrent updates of one document can lose one (100 concurrent `$inc` of one field
 * have ended at 9 to 35), and production runs two instances of every service on one database.
 *
 * The one write FerretDB makes atomic is the insert of a unique `_id`, so a lease is a document
 * `<collection>:<docId>:<generation>` in `store_write_leases`: acquiring is one insert, the loser
 * gets a duplicate key error. The holder deletes it when done (off its caller's path). No lease is
 * ever updated, and no process deletes a lease it does not hold: a holder that died leaves its
 * lease behind until it expires, and the next writer then takes the NEXT generation (another
 * unique insert) instead of deleting the expired one — a delete-then-insert takeover could delete
 * the fresh lease of a third process. An expired lease stays forever as a marker that its
 * generation is over (few: one per crash); a writer that starts at an older generation walks over
 * such markers to the live one.
 *
 * Fencing is by the holder's clock: it writes only until `safetyMs` before its lease ends, and
 * others take over only `skewMs` after that end, so a late write still lands before a successor's
 * first one if clocks differ by less than `skewMs` and a write takes less than `safetyMs`. A fence
 * value written into the protected document and checked in the update filter (not done here)
 * would turn a superseded holder's write into a no-op on MongoDB without any clock assumption; on
 * FerretDB it would only catch a late write that arrives after the successor's write completed,
 * not two overlapping read-modify-writes, so the clock margin would still be needed there.
 *
 * Writers of one document in one process queue in front of the store lease (no contention at the
 * store among them); unrelated documents never wait on each other. Waiting is bounded
 * (`waitMs`, with back-off): past it the write is refused with WRITE_CONTENDED, nothing written.
 * With `STORE_WRITE_LEASE=off` (MongoDB, where a conditional update is atomic) writes run as is.
 */

/** Throws WRITE_CONTENDED when the lease is about to end: call it before each write of a long step. */
export type LeaseGuard = () => void;

/** A collection, driver's or mongoose's (which knows its connection through `conn`). */
export interface LeasedCollection {
  collectionName: string;
  conn?: { collection(name: string): unknown };
}

interface LeaseDocument {
  _id: string;
  key: string;
  holder: string;
  acquiredAt: Date;
  expiresAt: Date;
}

type Leases = mongo.Collection<LeaseDocument>;

interface Held {
  ids: string[];
  validUntil: number;
  leases: Leases;
}

export const WRITE_CONTENDED = 'WRITE_CONTENDED';

/** The write was refused because another writer kept the record busy; nothing was written. */
export const writeContended = (collection: string, docId: string, waitedMs: number) =>
  new DomainError(
    WRITE_CONTENDED,
    `Another change to this record (${collection} ${docId}) is in progress; nothing was written. Try again in a moment.`,
    'unavailable',
    { retryable: true, collection, id: docId, waitedMs },
  );

export const isWriteContended = (e: unknown): boolean =>
  e instanceof DomainError && e.code === WRITE_CONTENDED;

const HOLDER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
const queue = new LocalQueue();
const held = new AsyncLocalStorage<Map<string, Held>>();
/** Per key, the generation last held here: where the next writer starts (no walk from 0). */
const generations = new Map<string, number>();
/** Per key, this process's delete of its last lease, which the next writer here waits for. */
const releasing = new Map<string, Promise<unknown>>();
const leaseCollections = new WeakMap<object, Leases>();
/** Releases still on their way to the store. */
const pending = new Set<Promise<unknown>>();

/** Waits for this process's releases in flight (before closing the connection at shutdown). */
export async function settleWriteLeases(): Promise<void> {
  while (pending.size) await Promise.all([...pending]);
}

function leasesOf(collection: LeasedCollection, settings: WriteLeaseSettings): Leases {
  let leases = leaseCollections.get(collection);
  if (!leases) {
    const db = (collection as unknown as { s?: { db?: mongo.Db } }).s?.db;
    const found = collection.conn?.collection(settings.collection) ?? db?.collection(settings.collection);
    if (!found) throw new Error(`no database known for collection ${collection.collectionName}`);
    leases = found as Leases;
    leaseCollections.set(collection, leases);
  }
  return leases;
}

const isDuplicate = (e: unknown) => [11000, 11001].includes((e as { code?: number }).code ?? 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function remember(key: string, generation: number) {
  if (generations.size > 100_000) generations.clear();
  generations.set(key, generation);
}

function guardOf(h: Held, collection: string, docId: string, startedAt: number): LeaseGuard {
  return () => {
    if (Date.now() >= h.validUntil) throw writeContended(collection, docId, Date.now() - startedAt);
  };
}

/** Takes the store lease of `key`, waiting (with back-off) until `deadline`. */
async function acquire(leases: Leases, key: string, deadline: number, refuse: () => Error): Promise<Held> {
  const s = writeLeaseSettings();
  let generation = generations.get(key) ?? 0;
  for (let look = 1; ; look++) {
    const id = `${key}:${generation}`;
    const sentAt = Date.now();
    try {
      await leases.insertOne({
        _id: id,
        key,
        holder: HOLDER,
        acquiredAt: new Date(sentAt),
        expiresAt: new Date(sentAt + s.ttlMs),
      });
      remember(key, generation);
      return { ids: [id], validUntil: sentAt + s.ttlMs - s.safetyMs, leases };
    } catch (error) {
      if (!isDuplicate(error)) throw error;
    }
    const current = await leases.findOne({ _id: id });
    const now = Date.now();
    if (current && new Date(current.expiresAt).getTime() + s.skewMs < now) {
      generation += 1; // its holder is gone: the next generation, never a delete of this one
      continue;
    }
    if (current?.holder === HOLDER) {
      // Left by an earlier write of this process, which has ended (this process's writers of the
      // key queue in front of the store): its generation is over now, not when it expires.
      generation += 1;
      continue;
    }
    if (now >= deadline) throw refuse();
    if (current) {
      const pause = Math.min(s.maxBackoffMs, s.initialBackoffMs * 2 ** Math.min(look, 10));
      await sleep(Math.min(deadline - now, pause / 2 + Math.random() * (pause / 2)));
    }
  }
}

/**
 * Ends a lease: its delete runs in the background. A lease past its end is left as a marker (its
 * delete could land after another process took the next generation), and the next writer here
 * starts at the next generation at once: this process knows that its write has ended, where others
 * wait for the lease to expire. (A slow batch used to leave its leases behind and every later
 * event of those documents waited out their lifetime, one document after the other.)
 */
function release(h: Held, keys: string[]): Promise<unknown> {
  if (Date.now() >= h.validUntil) {
    for (const [i, key] of keys.entries()) {
      const generation = Number(h.ids[i]?.slice(key.length + 1));
      if (Number.isInteger(generation)) remember(key, generation + 1);
    }
    return Promise.resolve();
  }
  const filter =
    h.ids.length === 1 ? { _id: h.ids[0], holder: HOLDER } : { _id: { $in: h.ids }, holder: HOLDER };
  const done = h.leases.deleteMany(filter).catch(() => undefined);
  pending.add(done);
  void done.then(() => pending.delete(done));
  for (const key of keys) {
    releasing.set(key, done);
    void done.then(() => {
      if (releasing.get(key) === done) releasing.delete(key);
    });
  }
  return done;
}

/**
 * Runs `write` holding the lease of one document. Re-entrant: inside a lease of the same document
 * (an outer step that read it), `write` runs at once under that lease.
 */
export async function withDocumentLease<T>(
  collection: LeasedCollection,
  docId: string,
  write: (guard: LeaseGuard) => Promise<T>,
): Promise<T> {
  const s = writeLeaseSettings();
  if (!s.enabled) return write(() => undefined);
  const name = collection.collectionName;
  const key = `${name}:${docId}`;
  const startedAt = Date.now();
  const outer = held.getStore();
  const mine = outer?.get(key);
  if (mine) return write(guardOf(mine, name, docId, startedAt));

  const refuse = () => writeContended(name, docId, Date.now() - startedAt);
  const leave = await queue.enter(key, s.waitMs, refuse);
  try {
    await releasing.get(key);
    const lease = await acquire(leasesOf(collection, s), key, startedAt + s.waitMs, refuse);
    try {
      return await held.run(new Map(outer ?? []).set(key, lease), () =>
        write(guardOf(lease, name, docId, startedAt)),
      );
    } finally {
      void release(lease, [key]);
    }
  } finally {
    leave();
  }
}

/**
 * Runs `write` with the leases of those of `docIds` that are free right now (one insert for all),
 * without waiting for the others: `write` gets the ids it may write. For batch work that can
 * leave a busy document to a later step (the outbox relay's acknowledgement).
 */
export async function withFreeDocumentLeases<T>(
  collection: LeasedCollection,
  docIds: readonly string[],
  write: (ids: ReadonlySet<string>, guard: LeaseGuard) => Promise<T>,
): Promise<T> {
  const s = writeLeaseSettings();
  if (!s.enabled || !docIds.length) return write(new Set(docIds), () => undefined);
  const name = collection.collectionName;
  const startedAt = Date.now();
  const entered = new Map<string, () => void>();
  for (const id of new Set(docIds)) {
    const key = `${name}:${id}`;
    const leave = releasing.has(key) ? null : queue.tryEnter(key);
    if (leave) entered.set(id, leave);
  }
  const leases = leasesOf(collection, s);
  const sentAt = Date.now();
  const candidates = [...entered.keys()].map((id) => {
    const key = `${name}:${id}`;
    return { docId: id, key, _id: `${key}:${generations.get(key) ?? 0}` };
  });
  const refused = new Set<number>();
  try {
    if (candidates.length) {
      await leases
        .insertMany(
          candidates.map((c) => ({
            _id: c._id,
            key: c.key,
            holder: HOLDER,
            acquiredAt: new Date(sentAt),
            expiresAt: new Date(sentAt + s.ttlMs),
          })),
          { ordered: false },
        )
        .catch((error: { writeErrors?: { index: number; code?: number }[] }) => {
          const errors = error.writeErrors ?? [];
          if (!errors.length || !errors.every(isDuplicate)) throw error;
          for (const e of errors) refused.add(e.index);
        });
    }
  } catch (error) {
    for (const leave of entered.values()) leave();
    throw error;
  }
  const won = candidates.filter((_, i) => !refused.has(i));
  for (const [i, c] of candidates.entries()) if (refused.has(i)) entered.get(c.docId)?.();
  const lease: Held = { ids: won.map((c) => c._id), validUntil: sentAt + s.ttlMs - s.safetyMs, leases };
  const context = new Map(held.getStore() ?? []);
  for (const c of won) context.set(c.key, lease);
  try {
    return await held.run(context, () =>
      write(new Set(won.map((c) => c.docId)), guardOf(lease, name, won[0]?.docId ?? '', startedAt)),
    );
  } finally {
    if (won.length)
      void release(
        lease,
        won.map((c) => c.key),
      );
    for (const c of won) entered.get(c.docId)?.();
  }
}
