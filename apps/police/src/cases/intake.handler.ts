import { Injectable } from '@nestjs/common';
import {
  ChildFoundLivingAloneV1,
  GuardianshipEscalatedV1,
  MandatoryReportRaisedV1,
  VisitDangerFoundV1,
  type ChildLivingAlonePayload,
  type Envelope,
  type GuardianshipEscalatedPayload,
  type MandatoryReportRaisedPayload,
  type VisitDangerFoundPayload,
} from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import {
  ESCALATED_GUARDIANSHIP_SITUATION,
  situationOfDangerSigns,
  situationOfSchoolReport,
} from './intake.rules';
import { IntakeService } from './intake.service';

/**
 * Reports from other departments' events (四(二)2): the registry's living-alone alert and a
 * guardianship gap escalated past the township's and village's deadline (a gap itself is their
 * task, 四(一)3: police take no registry.guardianship.lapsed), danger found on a visit (keyed on the
 * visit), education's mandatory report. Each is keyed on its source, so a redelivered event joins
 * nothing twice.
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

  @EventHandler(GuardianshipEscalatedV1)
  async onGuardianshipEscalated(e: Envelope<GuardianshipEscalatedPayload>): Promise<void> {
    const p = e.payload;
    await this.intake.receive(
      {
        sourceKey: `event:${e.id}`,
        situationType: ESCALATED_GUARDIANSHIP_SITUATION[p.situation],
        reporterKind: 'REGISTRY_ALERT',
        reporterOrganisation: '儿童信息台账',
        reporterName: 'guardianship follow-up',
        reporterPhone: null,
        channel: 'DEPARTMENT_EVENT',
        childId: p.childId,
        childDescription: null,
        regionCode: p.regionCode,
        address: null,
        facts: `left-behind child without a valid entrusted guardian (${p.situation}${
          p.validUntil ? `, last valid ${p.validUntil}` : ''
        }), with the township and village since ${p.openedOn} and not put right by ${p.dueOn} (四(一)3)`,
        receivedAt: new Date(e.occurredAt),
        causationId: e.id,
      },
      this.actor(e),
    );
  }

  @EventHandler(VisitDangerFoundV1)
  async onVisitDangerFound(e: Envelope<VisitDangerFoundPayload>): Promise<void> {
    const p = e.payload;
    await this.intake.receive(
      {
        sourceKey: `visit:${p.visitId}`,
        situationType: situationOfDangerSigns(p.signs),
        reporterKind: 'REGISTRY_ALERT',
        reporterOrganisation: '儿童信息台账',
        reporterName: p.visitorName,
        reporterPhone: null,
        channel: 'DEPARTMENT_EVENT',
        childId: p.childId,
        childDescription: null,
        regionCode: p.regionCode,
        address: null,
        facts: `${p.kind} visit ${p.visitId} on ${p.visitedOn} found ${p.signs.join(', ')}: ${p.findings} (四(二)2)`,
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
