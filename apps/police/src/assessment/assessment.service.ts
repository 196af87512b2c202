import { Injectable } from '@nestjs/common';
import { AssessmentCompletedV1, PlanItemAssignedV1, type Actor } from '@qz/contracts';
import { localDateInChina, parseLocalDate } from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { caseEvent } from '../cases/case-event';
import { CaseStepService } from '../cases/case-steps';
import type { ProtectionCase } from '../cases/case.repository';
import { CaseErrors } from '../cases/case.errors';
import { SearchErrors } from '../missing-search/search.errors';
import { openTemporaryCare, TRANSITIONS } from '../cases/response.rules';
import { AssessmentErrors } from './assessment.errors';
import type { CloseCaseInput, RecordAssessmentInput } from './assessment.inputs';
import {
  DEFAULT_DEPARTMENT,
  isAssessmentOverdue,
  isEventDepartment,
  planNeeded,
  repeatedService,
} from './assessment.rules';
import type { StoredAssessment, StoredPlanItem } from './assessment.types';

/**
 * 评估帮扶 (四(二)4): opened by the township's notification with a deadline; the assessment and
 * its plan close that step, and every plan item another department delivers is an event for it.
 */
@Injectable()
export class AssessmentService extends CaseStepService {
  private today() {
    return localDateInChina(this.clock.now());
  }

  isOverdue(c: ProtectionCase) {
    return (
      c.status === 'TOWNSHIP_NOTIFIED' &&
      !!c.notification &&
      isAssessmentOverdue(c.notification.assessmentDueOn, this.today())
    );
  }

  async record(input: RecordAssessmentInput, actor: Actor) {
    const assessedOn = this.steps.pastDate(input.assessedOn, 'input.assessedOn');
    for (const [i, item] of input.plan.entries())
      if (item.dueOn) parseLocalDate(item.dueOn, `input.plan.${i}.dueOn`);
    const repeated = repeatedService(input.plan.map((p) => p.service));
    if (repeated) throw AssessmentErrors.serviceRepeated(repeated);
    if (!input.plan.length && planNeeded([input.safety, input.guardianship, input.health]))
      throw AssessmentErrors.planMissing();
    const c = await this.steps.load(input.caseId, 'recordAssessment');
    const notification = c.notification as NonNullable<ProtectionCase['notification']>;
    const notifiedOn = localDateInChina(notification.notifiedAt);
    if (assessedOn < notifiedOn) throw AssessmentErrors.beforeNotification(assessedOn, notifiedOn);
    const plan: StoredPlanItem[] = input.plan.map((p) => ({
      id: uuidv7(),
      service: p.service,
      department: p.department ?? DEFAULT_DEPARTMENT[p.service],
      description: p.description.trim(),
      dueOn: p.dueOn ?? null,
    }));
    const assessment: StoredAssessment = {
      assessedOn,
      dueOn: notification.assessmentDueOn,
      onTime: assessedOn <= notification.assessmentDueOn,
      participants: input.participants.map((p) => p.trim()),
      safety: input.safety,
      guardianship: input.guardianship,
      health: input.health,
      findings: input.findings.trim(),
      plan,
      recordedBy: actor.id,
    };
    const now = this.clock.now();
    const events = [
      caseEvent(AssessmentCompletedV1, c, actor, now, {
        caseId: c.id,
        childId: c.childId,
        regionCode: c.regionCode,
        townshipCode: notification.townshipCode,
        assessedOn,
        dueOn: assessment.dueOn,
        onTime: assessment.onTime,
        safety: assessment.safety,
        guardianship: assessment.guardianship,
        health: assessment.health,
        plan: plan.map((p) => ({ itemId: p.id, service: p.service, department: p.department })),
      }),
      ...plan.flatMap((p) => {
        const department = p.department;
        return isEventDepartment(department)
          ? [
              caseEvent(PlanItemAssignedV1, c, actor, now, {
                itemId: p.id,
                caseId: c.id,
                childId: c.childId,
                regionCode: c.regionCode,
                service: p.service,
                department,
                description: p.description,
                dueOn: p.dueOn,
              }),
            ]
          : [];
      }),
    ];
    return this.steps.write(
      c,
      'ASSESSMENT_RECORDED',
      TRANSITIONS.recordAssessment.to,
      `${assessment.onTime ? 'on time' : `late (due ${assessment.dueOn})`}; plan: ${plan.map((p) => p.service).join(', ') || 'none'}`,
      actor,
      { $set: { assessment } },
      events,
    );
  }

  async close(input: CloseCaseInput, actor: Actor) {
    const c = await this.steps.load(input.caseId, 'close');
    const care = openTemporaryCare(c.measures);
    if (care) throw CaseErrors.temporaryCareOpen(care.counterpart);
    if (c.search && !c.search.end) throw SearchErrors.open();
    const reason = input.reason.trim();
    return this.steps.write(
      c,
      'CLOSED',
      TRANSITIONS.close.to,
      reason,
      actor,
      {
        $set: { closure: { closedAt: this.clock.now(), reason } },
      },
      [],
    );
  }
}
