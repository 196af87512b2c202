import { AccessRecordedV2, createEvent, type Producer } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { outboxForInsert, outgoing } from '@qz/messaging';

/** Who a record names: the person's identity as the access log keeps it (kept on a reservation too). */
export type RecordedUser = Pick<Identity, 'userId' | 'name' | 'department' | 'roles' | 'regionCode'>;

export const recordedUser = (identity: Identity): RecordedUser => ({
  userId: identity.userId,
  ...(identity.name ? { name: identity.name } : {}),
  department: identity.department,
  roles: identity.roles,
  regionCode: identity.regionCode,
});

export interface RecordContent {
  service: Producer;
  user: RecordedUser;
  purpose: string | null;
  action: 'READ' | 'CHANGE';
  children: { childId: string; fields: string[] }[];
  operation: string;
  requestId: string;
  at: Date;
}

/**
 * An access record as stored in `access_records` with its AccessRecorded event in its outbox (the
 * relay publishes it to `<service>.access.recorded.v2`; the registry keeps it in its access log).
 * The record says what it records once its event is published too (the outbox is emptied).
 */
export function accessRecordWithEvent(r: RecordContent) {
  const { service, user, purpose, action, children, requestId, at } = r;
  const event = createEvent(AccessRecordedV2[service], {
    subject: requestId,
    regionCode: null,
    actor: { kind: 'user', id: user.userId, department: user.department },
    correlationId: requestId,
    payload: {
      action,
      children,
      operation: r.operation.slice(0, 120),
      service,
      user: { ...user, roles: [...user.roles] },
      purpose,
      requestId,
      at: at.toISOString(),
    },
  });
  return {
    _id: event.id,
    childIds: children.map((c) => c.childId),
    action,
    children,
    operation: event.payload.operation,
    userId: user.userId,
    purpose,
    at,
    ...outboxForInsert([outgoing(AccessRecordedV2[service].topic, event)]),
  };
}
