import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ChildReplicaRepository } from '@qz/child-replica';
import { applyOnce, withOutbox, type OutgoingEvent } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildFactsDocument, type DisabilityRecord, type DisabilityWithdrawal } from './child-facts.schema';

/** The child's facts with its categories (三) from the child replica. */
export type ChildFacts = Plain<ChildFactsDocument> & { categories: string[] };

export const NO_FACTS = (id: string): ChildFacts => ({
  id,
  regionCode: null,
  categories: [],
  difficultySince: null,
  benefits: {},
  disability: null,
  disabilityWithdrawals: [],
});

/** What the facts are made of: this service's own document and the child replica's copy. */
interface FactsParts {
  id: string;
  own: Partial<Plain<ChildFactsDocument>> | null | undefined;
  replica: Awaited<ReturnType<ChildReplicaRepository['findWithCategories']>>[number];
}

/**
 * The facts with defaults filled in: the categories and the region from the child replica (the one
 * copy of the registry's child), the rest from this service's own document (written by upserts of
 * raw updates: fields never set are missing rather than defaulted).
 */
const factsOf = ({ id, own, replica }: FactsParts): ChildFacts => ({
  ...NO_FACTS(id),
  ...own,
  categories: replica.categories?.categories ?? [],
  regionCode: replica.child?.regionCode ?? own?.regionCode ?? null,
});

/** A benefit id as a field name (no dots or dollar signs in stored keys). */
export const benefitKey = (benefitId: string) => benefitId.replace(/[.$]/g, '_');

/** What a merge carries of a child's facts. */
export type MergedFacts = Pick<ChildFactsDocument, 'disability' | 'benefits'>;

@Injectable()
export class ChildFactsRepository extends BaseRepository<ChildFactsDocument> {
  constructor(
    @InjectModel(ChildFactsDocument.name) model: Model<ChildFactsDocument>,
    private readonly replicas: ChildReplicaRepository,
  ) {
    super(model);
  }

  async get(childId: string): Promise<ChildFacts> {
    return (await this.getMany([childId]))[0];
  }

  /**
   * Many children's facts at once (a DataLoader batch), defaults filled in: the categories and the
   * region from the child replica (the one copy of the registry's child), the rest from this
   * service's own facts.
   */
  async getMany(ids: readonly string[]): Promise<ChildFacts[]> {
    return (await this.partsOf(ids)).map(factsOf);
  }

  private async partsOf(ids: readonly string[]): Promise<FactsParts[]> {
    const [found, known] = await Promise.all([this.findByIds(ids), this.replicas.findWithCategories(ids)]);
    return ids.map((id, i) => ({ id, own: found[i], replica: known[i] }));
  }

  /**
   * Reads the child's facts, lets `decide` derive the fields to set, and writes them with the
   * event id in one write, once per event, holding the child's write lease from the read to the
   * write (FerretDB 1.x does not isolate updates; applyOnce runs under the same lease). Gives the
   * facts as they are after it (what was read, changed as written; as read for a redelivery).
   */
  applyEvent(
    childId: string,
    eventId: string,
    decide: (facts: ChildFacts) => Partial<Omit<ChildFacts, 'id' | 'categories'>> | null,
  ): Promise<{ applied: boolean; facts: ChildFacts }> {
    return this.withLease(childId, async (guard) => {
      const [parts] = await this.partsOf([childId]);
      const before = factsOf(parts);
      const change = decide(before);
      guard();
      const applied = await applyOnce(
        this.model.collection,
        { _id: childId },
        { $set: { ...(change ?? {}), changedAt: new Date() } },
        eventId,
        {
          upsert: true,
        },
      );
      if (!applied || !change) return { applied, facts: before };
      return { applied, facts: factsOf({ ...parts, own: { ...parts.own, ...change } }) };
    });
  }

  /** Every child with facts (the premium sweep's work list; fine at a city's size). */
  async allIds(): Promise<string[]> {
    const docs = await this.model.collection.find({}, { projection: { _id: 1 } }).toArray();
    return docs.map((d) => String(d._id));
  }

  /**
   * A provisional record merged into `toId`: what health recorded under the merged id (the DPF's
   * certificate, the assistance benefits it knew of) is carried over as `decide` says, in one read
   * and one write under the surviving child's lease. No event: the registry carries its copy of the
   * certificate on the same merge by the same rule. Gives the fields set (none: nothing carried).
   */
  async carryMerged(
    fromId: string,
    toId: string,
    decide: (merged: MergedFacts, surviving: MergedFacts) => Partial<MergedFacts>,
  ): Promise<Partial<MergedFacts>> {
    return this.withLease(toId, async (guard) => {
      const [from, to] = await this.findByIds([fromId, toId]);
      const facts = (d: typeof from): MergedFacts => ({
        disability: d?.disability ?? null,
        benefits: d?.benefits ?? {},
      });
      const carried = decide(facts(from), facts(to));
      if (!Object.keys(carried).length) return carried;
      guard();
      await this.model.collection.updateOne(
        { _id: toId } as never,
        { $set: { ...carried, changedAt: new Date() } } as never,
        { upsert: true },
      );
      return carried;
    });
  }

  /**
   * Records the child's disability certificate as a DPF officer entered it, with the event that
   * tells the registry, in one write (the outbox of `child_facts`): the record and what the
   * registry learns cannot differ.
   */
  recordDisability(
    childId: string,
    change: { disability: DisabilityRecord; regionCode: string },
    events: OutgoingEvent[],
  ): Promise<unknown> {
    return this.withLease(childId, () =>
      this.model.collection.updateOne(
        { _id: childId } as never,
        withOutbox({ $set: { ...change, changedAt: new Date() } }, events) as never,
        { upsert: true },
      ),
    );
  }

  /**
   * Withdraws (注销) the certificate held, with the event that tells the registry, in one write
   * under the child's lease: `decide` gives the withdrawal from the record held (or throws: none
   * held, a date before the certificate's), and the record moves to `disabilityWithdrawals`.
   */
  withdrawDisability(
    childId: string,
    decide: (held: DisabilityRecord | null) => { withdrawal: DisabilityWithdrawal; events: OutgoingEvent[] },
  ): Promise<DisabilityWithdrawal> {
    return this.withLease(childId, async (guard) => {
      const [held] = await this.findByIds([childId]);
      const { withdrawal, events } = decide(held?.disability ?? null);
      guard();
      await this.model.collection.updateOne(
        { _id: childId } as never,
        withOutbox(
          { $set: { disability: null, changedAt: new Date() }, $push: { disabilityWithdrawals: withdrawal } },
          events,
        ) as never,
      );
      return withdrawal;
    });
  }
}
