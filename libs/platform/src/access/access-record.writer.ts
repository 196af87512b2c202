import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { AccessRecordedV2, createEvent, MAX_CHILDREN_PER_ACCESS_RECORD, type Producer } from '@qz/contracts';
import { DomainError } from '@qz/kernel';
import { outboxForInsert, outgoing } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import type { Identity } from '@qz/identity';
import type { Model } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { AccessRecordDocument } from './access-record.schema';

export const ACCESS_SERVICE = Symbol('ACCESS_SERVICE');

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
    await this.records.collection
      .deleteOne({ _id: pendingId as never })
      .catch((err) => this.logger.warn({ err, pendingId }, 'a pending access record stays'));
  }

  /** The request's records, one per action, in one store command; then its reservation goes. */
  async write(identity: Identity, entries: AccessEntry[], operation: string, pendingId?: string) {
    const requestId = uuidv7();
    const at = new Date();
    const docs = recordsOf(entries).map(({ action, children }) => {
      const event = createEvent(AccessRecordedV2[this.service], {
        subject: requestId,
        regionCode: null,
        actor: { kind: 'user', id: identity.userId, department: identity.department },
        correlationId: requestId,
        payload: {
          action,
          children,
          operation: operation.slice(0, 120),
          service: this.service,
          user: {
            userId: identity.userId,
            ...(identity.name ? { name: identity.name } : {}),
            department: identity.department,
            roles: identity.roles,
            regionCode: identity.regionCode,
          },
          purpose: identity.purpose ?? null,
          requestId,
          at: at.toISOString(),
        },
      });
      // The record says what it records once its event is published too (the outbox is emptied).
      return {
        _id: event.id,
        childIds: children.map((c) => c.childId),
        action,
        children,
        operation: event.payload.operation,
        userId: identity.userId,
        purpose: identity.purpose ?? null,
        at,
        ...outboxForInsert([outgoing(AccessRecordedV2[this.service].topic, event)]),
      };
    });
    if (docs.length) {
      await this.records.collection.insertMany(docs as never[], { ordered: true });
      this.notifier.notify();
    }
    if (pendingId) await this.release(pendingId);
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
