import { Inject, Injectable } from '@nestjs/common';
import { AccessRecordedV1, type AccessRecordedPayload, type Envelope } from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { EventHandler } from '@qz/messaging/nest';
import { CLOCK } from '@qz/platform';
import { AccessLogRepository } from './access-log.repository';
import type { AccessLogDocument } from './access-log.schema';

/** The log entry an AccessRecorded event gives. */
export function entryOf(event: Envelope<AccessRecordedPayload>, loggedAt: Date): AccessLogDocument {
  const p = event.payload;
  return {
    _id: event.id,
    childId: p.childId,
    action: p.action,
    fields: p.fields,
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
 */
@Injectable()
export class AccessRecordedHandler {
  constructor(
    private readonly log: AccessLogRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private append(event: Envelope<AccessRecordedPayload>) {
    return this.log.insert(entryOf(event, this.clock.now())).then(() => undefined);
  }

  @EventHandler(AccessRecordedV1.registry)
  onRegistry(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.education)
  onEducation(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.health)
  onHealth(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.police)
  onPolice(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }

  @EventHandler(AccessRecordedV1.assistance)
  onAssistance(event: Envelope<AccessRecordedPayload>) {
    return this.append(event);
  }
}
