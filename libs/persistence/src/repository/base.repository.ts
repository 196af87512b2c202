import {
  APPLIED_EVENTS_FIELD,
  APPLIED_EVENTS_KEPT,
  isDuplicateKeyError,
  outboxForInsert,
  withDocumentLease,
  withOutbox,
  type LeaseGuard,
  type OutgoingEvent,
} from '@qz/messaging';
import type { Model } from 'mongoose';
import { idsFilter } from './ids-filter';
import { PLAIN_PROJECTION, toPlain, type Plain } from './plain';

/** Told after a write that added events, so the relay publishes them without waiting to poll. */
export interface OutboxNotifier {
  notify(): void;
}

export type DuplicateKeyHandler = (error: unknown) => Error;

/**
 * How a collection's documents name their region: a stored path of the region and its ancestors
 * (`{ path: 'regionPath' }`, read with an equality filter, which the store serves), or a division
 * code (`{ code: 'regionCode' }`, the subtree filtered after the read).
 */
export type RegionField = { path: string } | { code: string };

/**
 * Whether division code `code` is `region` or lies below it: a village (12 digits) in its township
 * (9), county (6), city (xxxx00) and province (xx0000).
 */
export function isWithinRegion(code: string, region: string): boolean {
  if (!region || code === region) return true;
  if (region.length > 6) return code.startsWith(region);
  const county = code.slice(0, 6);
  return county === region || `${county.slice(0, 4)}00` === region || `${county.slice(0, 2)}0000` === region;
}

/**
 * Base for a collection's repository: reads return plain objects, and every write that changes
 * an aggregate carries that change's events in the same single-document write (the outbox).
 */
export abstract class BaseRepository<TDoc extends { _id: string }> {
  protected constructor(
    protected readonly model: Model<TDoc>,
    private readonly outboxNotifier?: OutboxNotifier,
  ) {}

  async findById(id: string): Promise<Plain<TDoc> | null> {
    const doc = await this.model.collection.findOne({ _id: id } as never, { projection: PLAIN_PROJECTION });
    return doc ? toPlain(doc as unknown as TDoc) : null;
  }

  /** One store query for many ids (the DataLoader batch); order and gaps follow `ids`. */
  async findByIds(ids: readonly string[]): Promise<(Plain<TDoc> | null)[]> {
    const docs = await this.findPlain(idsFilter(ids));
    const byId = new Map(docs.map((d) => [d.id, d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Every document matching `filter`, as plain objects. */
  protected async findPlain(filter: Record<string, unknown>): Promise<Plain<TDoc>[]> {
    const docs = await this.model.collection
      .find(filter as never, { projection: PLAIN_PROJECTION })
      .toArray();
    return docs.map((d) => toPlain(d as unknown as TDoc));
  }

  /**
   * The documents matching `filter` in a region's subtree (`regionCode` itself and below; '' for
   * everywhere), by the region field the collection keeps.
   */
  protected async findInRegion(
    regionCode: string,
    filter: Record<string, unknown> = {},
    by: RegionField = { path: 'regionPath' },
  ): Promise<Plain<TDoc>[]> {
    if ('path' in by) return this.findPlain(regionCode ? { [by.path]: regionCode, ...filter } : filter);
    const docs = await this.findPlain(filter);
    return docs.filter((d) =>
      isWithinRegion(String((d as Record<string, unknown>)[by.code] ?? ''), regionCode),
    );
  }

  /**
   * One page of documents matching `filter` in `_id` order after `afterId` (ids that sort by time,
   * e.g. UUIDv7, make this a stable creation order), plus whether more follow and how many match
   * (`total`, null unless `withTotal`: the count is a second store query over every match).
   */
  protected async findPage<W extends boolean = true>(
    filter: Record<string, unknown>,
    first: number,
    afterId: string | null,
    withTotal: W = true as W,
  ) {
    const query = afterId ? { ...filter, _id: { $gt: afterId } } : filter;
    const docs = await this.model.collection
      .find(query as never, { projection: PLAIN_PROJECTION })
      .sort({ _id: 1 })
      .limit(first + 1)
      .toArray();
    const total = (
      withTotal ? await this.model.collection.countDocuments(filter as never) : null
    ) as W extends true ? number : number | null;
    return {
      items: docs.slice(0, first).map((d) => toPlain(d as unknown as TDoc)),
      hasMore: docs.length > first,
      total,
    };
  }

  /**
   * Gives the documents matching `filter` a new region (`regionCode` and the codes above it in
   * `regionPath`): a moved child's open records, for the new region's staff.
   */
  protected async moveToRegion(filter: Record<string, unknown>, regionCode: string, regionPath: string[]) {
    await this.changeEach(filter, { $set: { regionCode, regionPath } });
  }

  /**
   * A provisional child record `fromChildId` was merged into `intoChildId` (registry.child.merged):
   * this collection's records of the merged id (`childId`) become the surviving record's. Idempotent:
   * a second run finds none left. Returns the ids it changed.
   */
  protected reassignChild(fromChildId: string, intoChildId: string): Promise<string[]> {
    return this.changeEach({ childId: fromChildId }, { $set: { childId: intoChildId } });
  }

  /**
   * Applies `change` to every document matching `filter`, one single-document write per document
   * under its write lease (like every change of an existing document), with `filter` checked again
   * in the write: a document that stopped matching meanwhile is left as it is. For the changes a
   * child's records undergo together (a move, a merge); returns the ids it changed.
   */
  protected async changeEach(
    filter: Record<string, unknown>,
    change: { $set?: object; $push?: object },
  ): Promise<string[]> {
    const ids = await this.model.collection
      .find(filter as never, { projection: { _id: 1 } })
      .toArray()
      .then((docs) => docs.map((d) => String(d._id)));
    const changed: string[] = [];
    for (const id of ids)
      if (await this.updateWithEvents({ ...filter, _id: id }, change, [])) changed.push(id);
    return changed;
  }

  /**
   * Inserts a new aggregate with its events. Validation runs through the mongoose schema first;
   * a unique-index conflict becomes the error `onDuplicate` makes.
   */
  protected async insertWithEvents(doc: TDoc, events: OutgoingEvent[], onDuplicate?: DuplicateKeyHandler) {
    const candidate = new this.model(doc);
    await candidate.validate();
    try {
      const doc = { ...candidate.toObject(), ...outboxForInsert(events) };
      // A new document: no lease (a second insert of its _id fails on its own).
      await this.model.collection.insertOne(doc as never);
    } catch (error) {
      if (onDuplicate && isDuplicateKeyError(error)) throw onDuplicate(error);
      throw error;
    }
    if (events.length) this.outboxNotifier?.notify();
    return toPlain(doc);
  }

  /**
   * Updates one aggregate (named by `_id` in `filter`) and appends its events atomically, holding
   * the document's write lease (or the caller's); returns whether a document matched. Refused with
   * WRITE_CONTENDED, nothing written, when the lease cannot be had in time.
   */
  protected async updateWithEvents(
    filter: Record<string, unknown>,
    update: { $set?: object; $push?: object; $inc?: object },
    events: OutgoingEvent[],
  ): Promise<boolean> {
    const change = withOutbox(update, events);
    const id = filter['_id'];
    if (typeof id !== 'string') throw new Error('updateWithEvents needs the document _id (a string)');
    const result = await this.withLease(id, () =>
      this.model.collection.updateOne(filter as never, change as never),
    );
    if (result.matchedCount && events.length) this.outboxNotifier?.notify();
    return result.matchedCount > 0;
  }

  /**
   * Changes a document still at `revision` (and matching `extra`), with its events, in one write
   * under the document's write lease, and moves it to the next revision. Returns false when
   * someone changed it meanwhile: the caller reloads and decides again, or refuses with its
   * service's "changed concurrently" code.
   */
  updateAtRevision(
    id: string,
    revision: number,
    change: { $set?: object; $push?: object },
    events: OutgoingEvent[] = [],
    extra: Record<string, unknown> = {},
  ): Promise<boolean> {
    return this.updateWithEvents(
      { _id: id, revision, ...extra },
      { ...change, $inc: { revision: 1 } },
      events,
    );
  }

  /**
   * updateAtRevision for a change another service's event causes, at most once: the event id is
   * recorded on the document (APPLIED_EVENTS_FIELD, as applyOnce does) in the same write, and a
   * document that records it already is not changed. 'duplicate' when the event was applied
   * before; 'conflict' when the document moved on from `revision` (reload, decide again). For
   * documents few events change (FerretDB 1.x ignores `$slice`, so the marks are not trimmed).
   */
  async updateOnceAtRevision(
    id: string,
    revision: number,
    eventId: string,
    change: { $set?: object; $push?: object },
    events: OutgoingEvent[] = [],
  ): Promise<'applied' | 'duplicate' | 'conflict'> {
    const applied = { [APPLIED_EVENTS_FIELD]: { $each: [eventId], $slice: -APPLIED_EVENTS_KEPT } };
    const withMark = { ...change, $push: { ...change.$push, ...applied } };
    if (
      await this.updateAtRevision(id, revision, withMark, events, {
        [APPLIED_EVENTS_FIELD]: { $ne: eventId },
      })
    )
      return 'applied';
    const seen = await this.model.collection.countDocuments({
      _id: id,
      [APPLIED_EVENTS_FIELD]: eventId,
    } as never);
    return seen ? 'duplicate' : 'conflict';
  }

  /**
   * Runs `write` holding the write lease of document `id` of this collection (see
   * @qz/messaging's document-lease): every change of an existing document goes through it.
   */
  protected withLease<T>(id: string, write: (guard: LeaseGuard) => Promise<T>): Promise<T> {
    return withDocumentLease(this.model.collection, id, write);
  }
}
