import { Inject, Injectable } from '@nestjs/common';
import {
  AccessRecordedV1,
  AccessRecordedV2,
  type AccessRecordedPayload,
  type AccessRecordedV2Payload,
  type Envelope,
} from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { EventHandler } from '@qz/messaging/nest';
import { CLOCK } from '@qz/platform';
import { AccessLogRepository } from './access-log.repository';
import type { AccessLogDocument } from './access-log.schema';

/** The log entry an AccessRecorded event gives (v1: one child; v2: every child of a request). */
export function entryOf(
  event: Envelope<AccessRecordedPayload | AccessRecordedV2Payload>,
  loggedAt: Date,
): AccessLogDocument {
  const p = event.payload;
  const children = 'children' in p ? p.children : [{ childId: p.childId, fields: p.fields }];
  return {
    _id: event.id,
    childIds: [...new Set(children.map((c) => c.childId))],
    children,
    action: p.action,
    operation: p.operation,
    service: p.service,
    userId: p.user.userId,
    userName: p.user.name ?? null,
    department: p.user.department,
    roles: p.user.roles,
    userRegionCode: p.user.regionCode,
    purpose: p.purpose,
    requestId: p.requestId,
    at: new Date(p.at),
    loggedAt,
  };
}

/**
 * Keeps the access log (issue 8 §4): every service's AccessRecorded events, the registry's own
 * included, appended once each (the event id is the entry's id, so a redelivery is a no-op).
 * v2 is what services send; v1 (one event per child) is still read for events sent before it.
 */
@Injectable()
export class AccessRecordedHandler {
  constructor(
    private readonly log: AccessLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private append(event: Envelope<AccessRecordedPayload | AccessRecordedV2Payload>) {
    return this.log.insert(entryOf(event, this.clock.now())).then(() => undefined);
  }

  @EventHandler(AccessRecordedV1.registry)
  onRegistryV1(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV2.registry)
  onRegistry(event: Envelope<AccessRecordedV2Payload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.education)
  onEducationV1(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV2.education)
  onEducation(event: Envelope<AccessRecordedV2Payload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.health)
  onHealthV1(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV2.health)
  onHealth(event: Envelope<AccessRecordedV2Payload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.police)
  onPoliceV1(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV2.police)
  onPolice(event: Envelope<AccessRecordedV2Payload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.assistance)
  onAssistanceV1(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV2.assistance)
  onAssistance(event: Envelope<AccessRecordedV2Payload>) {
    return this.append(event);
  }
}
