import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { MAX_CHILDREN_PER_ACCESS_RECORD, type Producer } from '@qz/contracts';
import { DomainError } from '@qz/kernel';
import { OutboxNotifierService } from '@qz/messaging/nest';
import type { Identity } from '@qz/identity';
import type { Model } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { accessRecordWithEvent, recordedUser, type RecordedUser } from './access-record.event';
import { AccessRecordDocument } from './access-record.schema';

export const ACCESS_SERVICE = Symbol('ACCESS_SERVICE');

/** Reservations the leftover sweep publishes in one run (the next run takes the rest). */
const LEFTOVERS_PER_RUN = 200;

export type AccessEntry = { childId: string; action: 'READ' | 'CHANGE'; fields: string[] };

export const auditUnavailable = () => new DomainError('AUDIT_UNAVAILABLE');

/**
 * Writes a service's access records (`access_records`, each carrying its AccessRecorded event in its
 * outbox). A change is reserved before it runs: a pending record (no event yet) naming the person,
 * the operation and the children its arguments name, so that a change whose record cannot be
 * written is refused before anything commits; the final records replace it once the change is
 * done (or it is removed when nothing changed).
 */
@Injectable()
export class AccessRecordWriter {
  private readonly logger = new Logger('AccessLog');

  constructor(
    @InjectModel(AccessRecordDocument.name) private readonly records: Model<AccessRecordDocument>,
    @Inject(ACCESS_SERVICE) private readonly service: Producer,
    private readonly notifier: OutboxNotifierService,
  ) {}

  /** The pending record of a change about to run; throws AUDIT_UNAVAILABLE when it cannot be written. */
  async reserve(identity: Identity, operation: string, childIds: readonly string[]): Promise<string> {
    const _id = uuidv7();
    try {
      await this.records.collection.insertOne({
        _id,
        pending: true,
        childIds: [...childIds],
        action: 'CHANGE',
        children: childIds.map((childId) => ({ childId, fields: [] })),
        operation: operation.slice(0, 120),
        userId: identity.userId,
        // Who it was, so that a reservation left behind can still be published (leftover sweep).
        user: recordedUser(identity),
        purpose: identity.purpose ?? null,
        at: new Date(),
      } as never);
    } catch (err) {
      this.logger.error(
        { err },
        'the access record of a change could not be reserved; the change is refused',
      );
      throw auditUnavailable();
    }
    return _id;
  }

  /** Removes a reservation whose change wrote nothing (a failed removal only leaves a pending trace). */
  async release(pendingId: string): Promise<void> {
    // Only while still pending: one the leftover sweep has published already is a record.
    await this.records.collection
      .deleteOne({ _id: pendingId as never, pending: true })
      .catch((err) => this.logger.warn({ err, pendingId }, 'a pending access record stays'));
  }

  /** The request's records, one per action, in one store command; then its reservation goes. */
  async write(identity: Identity, entries: AccessEntry[], operation: string, pendingId?: string) {
    const requestId = uuidv7();
    const at = new Date();
    const user = recordedUser(identity);
    const purpose = identity.purpose ?? null;
    const docs = recordsOf(entries).map(({ action, children }) =>
      accessRecordWithEvent({
        service: this.service,
        user,
        purpose,
        action,
        children,
        operation,
        requestId,
        at,
      }),
    );
    if (docs.length) {
      await this.records.collection.insertMany(docs as never[], { ordered: true });
      this.notifier.notify();
    }
    if (pendingId) await this.release(pendingId);
  }

  /**
   * Publishes the reservations of changes that committed but whose final record was never written
   * (the store failed in between, or the instance stopped): each reserved before `olderThan` (so
   * not a change still running) becomes the change's record with its event, fields unknown
   * (`[]`), marked `leftover`. One naming no child (a registration: the new id was not known yet)
   * or no person (reserved before reservations kept one) cannot be published, and is kept, marked
   * so, as the trace. Returns how many it published.
   */
  async publishLeftovers(olderThan: Date, guard: () => void = () => undefined): Promise<number> {
    const leftovers = await this.records.collection
      .find({ pending: true, leftover: null, at: { $lt: olderThan } } as never)
      .sort({ at: 1 })
      .limit(LEFTOVERS_PER_RUN)
      .toArray();
    let published = 0;
    for (const r of leftovers as Record<string, any>[]) {
      guard();
      const user = r['user'] as RecordedUser | undefined;
      const children = (r['children'] ?? []) as { childId: string; fields: string[] }[];
      const filter = { _id: r['_id'], pending: true } as never;
      if (!user || !children.length) {
        this.logger.error(
          { recordId: r['_id'] },
          'a change left an access reservation that cannot be published',
        );
        await this.records.collection.updateOne(filter, { $set: { leftover: 'NOT_PUBLISHABLE' } });
        continue;
      }
      const { _id, ...record } = accessRecordWithEvent({
        service: this.service,
        user,
        purpose: r['purpose'] ?? null,
        action: 'CHANGE',
        children,
        operation: String(r['operation']),
        requestId: String(r['_id']),
        at: r['at'] as Date,
      });
      const res = await this.records.collection.updateOne(filter, {
        $set: { ...record, leftover: 'PUBLISHED' },
        $unset: { pending: '' },
      });
      published += res.modifiedCount;
    }
    if (published) this.notifier.notify();
    return published;
  }
}

/** One record per action, each naming its children (split only past the most a record holds). */
function recordsOf(entries: AccessEntry[]) {
  const records: { action: AccessEntry['action']; children: { childId: string; fields: string[] }[] }[] = [];
  for (const action of ['READ', 'CHANGE'] as const) {
    const children = entries
      .filter((e) => e.action === action)
      .map(({ childId, fields }) => ({ childId, fields }));
    for (let i = 0; i < children.length; i += MAX_CHILDREN_PER_ACCESS_RECORD)
      records.push({ action, children: children.slice(i, i + MAX_CHILDREN_PER_ACCESS_RECORD) });
  }
  return records;
}
