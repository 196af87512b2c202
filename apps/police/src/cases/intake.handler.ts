import { Injectable } from '@nestjs/common';
import {
  ChildFoundLivingAloneV1,
  GuardianshipLapsedV1,
  MandatoryReportRaisedV1,
  type ChildLivingAlonePayload,
  type Envelope,
  type GuardianshipLapsedPayload,
  type MandatoryReportRaisedPayload,
} from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { situationOfGuardianshipLapse, situationOfSchoolReport } from './intake.rules';
import { IntakeService } from './intake.service';

/**
 * Reports from other departments' events (四(二)2): the registry's living-alone alert and
 * guardianship lapse, education's mandatory report. Each is keyed on its source, so a redelivered
 * event joins nothing twice.
 */
@Injectable()
export class IntakeHandler {
  constructor(private readonly intake: IntakeService) {}

  private actor(e: Envelope) {
    return { kind: 'system' as const, id: `event:${e.producer}`, department: 'POLICE' };
  }

  @EventHandler(ChildFoundLivingAloneV1)
  async onLivingAlone(e: Envelope<ChildLivingAlonePayload>): Promise<void> {
    const p = e.payload;
    await this.intake.receive(
      {
        sourceKey: `event:${e.id}`,
        situationType: 'LEFT_ALONE',
        reporterKind: 'REGISTRY_ALERT',
        reporterOrganisation: '儿童信息台账',
        reporterName: p.source,
        reporterPhone: null,
        channel: 'DEPARTMENT_EVENT',
        childId: p.childId,
        childDescription: null,
        regionCode: p.regionCode,
        address: p.address,
        facts: `a child aged ${p.ageInYears} recorded on ${p.recordedOn} as living alone (四(一)1)`,
        receivedAt: new Date(e.occurredAt),
        causationId: e.id,
      },
      this.actor(e),
    );
  }

  @EventHandler(GuardianshipLapsedV1)
  async onGuardianshipLapsed(e: Envelope<GuardianshipLapsedPayload>): Promise<void> {
    const p = e.payload;
    const situationType = situationOfGuardianshipLapse(p.situation);
    if (!situationType) return;
    await this.intake.receive(
      {
        sourceKey: `event:${e.id}`,
        situationType,
        reporterKind: 'REGISTRY_ALERT',
        reporterOrganisation: '儿童信息台账',
        reporterName: 'guardianship check',
        reporterPhone: null,
        channel: 'DEPARTMENT_EVENT',
        childId: p.childId,
        childDescription: null,
        regionCode: p.regionCode,
        address: null,
        facts: `left-behind child without a valid entrusted guardian (${p.situation}${
          p.validUntil ? `, last valid ${p.validUntil}` : ''
        }), checked on ${p.checkedOn} (四(一)3)`,
        receivedAt: new Date(e.occurredAt),
        causationId: e.id,
      },
      this.actor(e),
    );
  }

  @EventHandler(MandatoryReportRaisedV1)
  async onMandatoryReport(e: Envelope<MandatoryReportRaisedPayload>): Promise<void> {
    const p = e.payload;
    await this.intake.receive(
      {
        sourceKey: `education-report:${p.reportId}`,
        situationType: situationOfSchoolReport(p.concern),
        reporterKind: 'SCHOOL',
        reporterOrganisation: p.reporter.schoolName,
        reporterName: p.reporter.person,
        reporterPhone: null,
        channel: 'DEPARTMENT_EVENT',
        childId: p.childId,
        childDescription: null,
        regionCode: p.regionCode,
        address: null,
        facts: `${p.concern} observed ${p.observedOn}: ${p.facts}`,
        receivedAt: new Date(e.occurredAt),
        causationId: e.id,
      },
      this.actor(e),
    );
  }
}
