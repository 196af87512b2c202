import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { ChildRegisteredPayload, Envelope } from '@qz/contracts';
import {
  applyOnceMany,
  applyOnceReturning,
  runByKey,
  withDocumentLease,
  withFreeDocumentLeases,
  type ApplyOnceItem,
} from '@qz/messaging';
import { idsFilter, PLAIN_PROJECTION, toPlain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { onRegistered, type ReplicaState } from './child-replica.rules';
import { ChildReplicaDocument } from './child-replica.schema';

/** A child as a department knows it: registered, with names, birth date and region. */
export interface ChildReplica {
  id: string;
  familyName: string;
  givenName: string;
  sex: string;
  /** YYYY-MM-DD */
  birthDate: string;
  /** Where the child lives now (village code). */
  regionCode: string;
  registeredAt: Date | null;
  /** When this service learned of the child. */
  knownSince: Date;
  categories: string[];
  categoriesEventId: string | null;
  categoriesReason: string | null;
  leftBehind: boolean;
  inDifficulty: boolean;
  protectedAsChildInDifficulty: boolean;
  /** Set when this was a provisional record merged into another child. */
  mergedInto: string | null;
  mergedFrom: string[];
}

/** The categories of a child (三) as the registry last announced them. */
export interface ChildCategories {
  id: string;
  categories: string[];
  /** The registry event the categories came from (null before any classification), and its reason. */
  categoriesEventId: string | null;
  categoriesReason: string | null;
  leftBehind: boolean;
  inDifficulty: boolean;
  protectedAsChildInDifficulty: boolean;
}

type Stored = Partial<ChildReplicaDocument> & { _id?: string; id?: string };

/** The stored copy as readers see it; null until the registration (or a whole update) arrived. */
export function toReplica(doc: Stored | null | undefined): ChildReplica | null {
  if (!doc?.familyName || !doc.givenName || !doc.birthDate || !doc.regionCode) return null;
  return {
    id: String(doc.id ?? doc._id),
    familyName: doc.familyName,
    givenName: doc.givenName,
    sex: doc.sex ?? '',
    birthDate: doc.birthDate,
    regionCode: doc.regionCode,
    registeredAt: doc.registeredAt ?? null,
    knownSince: doc.knownSince ?? doc.registeredAt ?? new Date(0),
    ...categoriesPart(doc),
    mergedInto: doc.mergedInto ?? null,
    mergedFrom: doc.mergedFrom ?? [],
  };
}

const categoriesPart = (doc: Stored) => ({
  categories: doc.categories ?? [],
  categoriesEventId: doc.categoriesEventId ?? null,
  categoriesReason: doc.categoriesReason ?? null,
  leftBehind: doc.leftBehind ?? false,
  inDifficulty: doc.inDifficulty ?? false,
  protectedAsChildInDifficulty: doc.protectedAsChildInDifficulty ?? false,
});

const categoriesOfDoc = (d: Stored | null): ChildCategories | null =>
  d?.categoriesStamp ? { id: String(d.id), ...categoriesPart(d) } : null;

/** Fields a new copy starts with, unless the event sets them. */
function onInsert(change: Record<string, unknown> | null, now: Date) {
  const defaults: Record<string, unknown> = {
    knownSince: now,
    mergedInto: null,
    mergedFrom: [],
    regionPath: [],
  };
  for (const key of Object.keys(change ?? {})) delete defaults[key];
  return defaults;
}

/** What one event did to a copy: whether it was new (not a redelivery), and the copy before and after. */
export interface Applied {
  applied: boolean;
  before: ReplicaState | null;
  after: ChildReplica | null;
}

/**
 * The copy's store. Reads return the known children only (registered, or made whole by an update);
 * the categories are read on their own, since they may arrive before the registration.
 */
@Injectable()
export class ChildReplicaRepository {
  constructor(@InjectModel(ChildReplicaDocument.name) private readonly model: Model<ChildReplicaDocument>) {}

  private async find(filter: Record<string, unknown>): Promise<Stored[]> {
    const docs = await this.model.collection
      .find(filter as never, { projection: PLAIN_PROJECTION })
      .toArray();
    return docs.map((d) => toPlain(d as unknown as ChildReplicaDocument) as Stored);
  }

  private async raw(id: string): Promise<Stored | null> {
    return (await this.find({ _id: id }))[0] ?? null;
  }

  /** One store query for many ids (idsFilter); order and gaps follow `ids`. */
  private async rawMany(ids: readonly string[]): Promise<(Stored | null)[]> {
    const docs = await this.find(idsFilter(ids));
    const byId = new Map(docs.map((d) => [String(d.id), d]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The child, or null when this service does not know it (yet). */
  async findById(id: string): Promise<ChildReplica | null> {
    return toReplica(await this.raw(id));
  }

  /** Many children in one store query (`$in`, the DataLoader batch); order and gaps follow `ids`. */
  async findByIds(ids: readonly string[]): Promise<(ChildReplica | null)[]> {
    return (await this.rawMany(ids)).map(toReplica);
  }

  /** Where each known child lives (the access layer's ChildRegionLookup); unknown ids are left out. */
  async regionsOf(ids: readonly string[]): Promise<Map<string, string>> {
    const found = await this.findByIds(ids);
    return new Map(found.flatMap((c) => (c ? [[c.id, c.regionCode] as [string, string]] : [])));
  }

  /** The categories of many children in one query; a child never classified has none (null). */
  async categoriesOf(ids: readonly string[]): Promise<(ChildCategories | null)[]> {
    return (await this.rawMany(ids)).map(categoriesOfDoc);
  }

  /** Many children and their categories from one query (what findByIds and categoriesOf give). */
  async findWithCategories(
    ids: readonly string[],
  ): Promise<{ child: ChildReplica | null; categories: ChildCategories | null }[]> {
    return (await this.rawMany(ids)).map((d) => ({ child: toReplica(d), categories: categoriesOfDoc(d) }));
  }

  /** One child's categories; null when never classified. */
  async findCategories(id: string): Promise<ChildCategories | null> {
    return (await this.categoriesOf([id]))[0] ?? null;
  }

  /** Known children living in a region's subtree (equality on one code of the path). */
  async findIn(regionCode: string): Promise<ChildReplica[]> {
    const docs = await this.find({ regionPath: regionCode, mergedInto: null });
    return docs.flatMap((d) => toReplica(d) ?? []);
  }

  /**
   * Known children of a region's subtree born after `bornAfter` and on or before `bornOnOrBefore`
   * (YYYY-MM-DD), in id order after `afterId`, at most `limit` (one bounded index range).
   */
  async bornBetweenIn(
    regionCode: string,
    bornAfter: string,
    bornOnOrBefore: string,
    afterId: string | null,
    limit: number,
  ): Promise<{ children: ChildReplica[]; lastId: string | null; exhausted: boolean }> {
    const filter: Record<string, unknown> = {
      regionPath: regionCode,
      mergedInto: null,
      birthDate: { $gt: bornAfter, $lte: bornOnOrBefore },
      ...(afterId ? { _id: { $gt: afterId } } : {}),
    };
    const docs = await this.model.collection
      .find(filter as never, { projection: PLAIN_PROJECTION })
      .sort({ _id: 1 })
      .limit(limit)
      .toArray();
    const plain = docs.map((d) => toPlain(d as unknown as ChildReplicaDocument) as Stored);
    return {
      children: plain.flatMap((d) => toReplica(d) ?? []),
      lastId: plain.length ? String(plain[plain.length - 1].id) : afterId,
      exhausted: plain.length < limit,
    };
  }

  /**
   * Reads the copy, lets `decide` derive what to set, and writes it with the event id in one write,
   * once per event id, holding the child's write lease from the read to the write. A decision of
   * null (a stale event) still records the event as applied.
   */
  applyEvent(
    childId: string,
    eventId: string,
    decide: (state: ReplicaState | null) => Record<string, unknown> | null,
    now = new Date(),
  ): Promise<Applied> {
    return withDocumentLease(this.model.collection, childId, async (guard) => {
      const before = (await this.raw(childId)) as ReplicaState | null;
      const change = decide(before);
      guard();
      const { applied, after } = await this.writeEvent(childId, eventId, change, now);
      return { applied, before, after };
    });
  }

  /**
   * applyEvent for a chunk of events (in their order; one child's events one after another, other
   * children side by side): the leases of the chunk's children that are free are taken with one
   * insert and their copies read with one query, then each event is decided and written as
   * applyEvent does. A child whose lease another writer holds goes through applyEvent (waiting).
   * One result per event, in the events' order.
   */
  async applyEventsMany(
    events: readonly {
      childId: string;
      eventId: string;
      decide: (s: ReplicaState | null) => Record<string, unknown> | null;
    }[],
    now = new Date(),
  ): Promise<Applied[]> {
    const results = new Map<number, Applied>();
    const indexed = events.map((e, index) => ({ ...e, index }));
    await withFreeDocumentLeases(
      this.model.collection,
      indexed.map((e) => e.childId),
      async (free, guard) => {
        const ids = [...free];
        const states = new Map<string, ReplicaState | null>();
        (await this.rawMany(ids)).forEach((doc, i) => states.set(ids[i], doc as ReplicaState | null));
        const mine = indexed.filter((e) => free.has(e.childId));
        await runByKey(
          mine,
          (e) => e.childId,
          8,
          async (e) => {
            const before = states.get(e.childId) ?? null;
            const change = e.decide(before);
            guard();
            const result = await this.writeEvent(e.childId, e.eventId, change, now);
            states.set(e.childId, (result.stored ?? null) as ReplicaState | null);
            results.set(e.index, { applied: result.applied, before, after: result.after });
          },
        );
      },
    );
    for (const e of indexed)
      if (!results.has(e.index))
        results.set(e.index, await this.applyEvent(e.childId, e.eventId, e.decide, now));
    return indexed.map((e) => results.get(e.index) as Applied);
  }

  /** The write of applyEvent, under the caller's lease: the copy after it, as stored and as read. */
  private async writeEvent(
    childId: string,
    eventId: string,
    change: Record<string, unknown> | null,
    now: Date,
  ) {
    const { applied, after } = await applyOnceReturning(
      this.model.collection,
      { _id: childId },
      writeOf(change, now),
      eventId,
      { upsert: true },
    );
    // The write's own answer is the copy after it; a redelivery wrote nothing and reads it.
    const stored = after
      ? (toPlain(after as unknown as ChildReplicaDocument) as Stored)
      : await this.raw(childId);
    return { applied, stored, after: toReplica(stored) };
  }

  /**
   * Registrations a chunk at a time (a bulk import's children), in their order, one result per
   * event: the copies that do not exist yet are created in one insert (applyOnceMany) with what
   * applyEvent would have written; every other event is read, decided and written by applyEvent.
   */
  async applyRegisteredMany(
    events: readonly Envelope<ChildRegisteredPayload>[],
    now = new Date(),
  ): Promise<Applied[]> {
    const items = events.map((event) => ({
      docId: event.payload.childId,
      eventId: event.id,
      update: writeOf(onRegistered(null, event), now),
      event,
    }));
    const results = new Map<ApplyOnceItem, Applied>();
    await applyOnceMany(this.model.collection, items, {
      upsert: true,
      apply: async (item) => {
        const result = await this.applyEvent(
          item.docId,
          item.eventId,
          (s) => onRegistered(s, item.event),
          now,
        );
        results.set(item, result);
        return result.applied;
      },
    });
    // An event without a result created its copy in the insert.
    return items.map(
      (item) =>
        results.get(item) ?? {
          applied: true,
          before: null,
          after: toReplica({ ...item.update.$setOnInsert, ...item.update.$set, _id: item.docId } as Stored),
        },
    );
  }
}

/** The write of one event's change (null: a stale event, recorded as applied only). */
function writeOf(change: Record<string, unknown> | null, now: Date) {
  return { $set: { ...(change ?? {}), replicatedAt: now }, $setOnInsert: onInsert(change, now) };
}
