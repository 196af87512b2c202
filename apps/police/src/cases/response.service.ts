import { Injectable } from '@nestjs/common';
import {
  CaseDispatchedV1,
  DispatchOverdueV1,
  TemporaryCareEndedV1,
  TemporaryCareStartedV1,
  TownshipNotifiedV1,
  type Actor,
  type TemporaryCareOutcome,
} from '@qz/contracts';
import { isWithin, localDateInChina, officialRegionTree, townshipOf } from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { caseEvent } from './case-event';
import { CaseStepService } from './case-steps';
import { CaseErrors } from './case.errors';
import type { ProtectionCase } from './case.repository';
import type { MeasureKind, StoredMeasure, TimelineEntry } from './case.types';
import {
  isDispatchOverdue,
  minutesBetween,
  missingMeasureDetail,
  needsEscalation,
  openTemporaryCare,
  temporaryCareEnded,
  temporaryCareStarted,
  TRANSITIONS,
} from './response.rules';
import { assessmentDueOn } from './working-days';

const SYSTEM: Actor = { kind: 'system', id: 'police-dispatch-sweep', department: 'POLICE' };

/** First response on a clock (四(二)3): dispatch, measures, notification of the township, escalation. */
@Injectable()
export class ResponseService extends CaseStepService {
  async dispatch(
    input: { caseId: string; unit: string; officer: string; dispatchedAt?: Date },
    actor: Actor,
  ) {
    // The dispatch sweep may escalate the case between read and write: the dispatch goes on.
    return this.steps.retrying(async () => {
      const at = this.steps.pastInstant(input.dispatchedAt, 'input.dispatchedAt');
      const c = await this.steps.load(input.caseId, 'dispatch');
      const firstReport = c.reports.map((r) => r.receivedAt).sort((a, b) => a.getTime() - b.getTime())[0];
      if (at < firstReport) throw CaseErrors.dispatchBeforeReport(at, firstReport);
      const withinSla = at.getTime() <= c.dispatchDueAt.getTime();
      const dispatch = {
        unit: input.unit.trim(),
        officer: input.officer.trim(),
        dispatchedAt: at,
        withinSla,
      };
      return this.steps.write(
        c,
        'DISPATCHED',
        TRANSITIONS.dispatch.to,
        `${dispatch.unit} ${dispatch.officer}${withinSla ? '' : ' (after the SLA)'}`,
        actor,
        { $set: { dispatch } },
        [
          caseEvent(CaseDispatchedV1, c, actor, this.clock.now(), {
            caseId: c.id,
            childId: c.childId,
            regionCode: c.regionCode,
            unit: dispatch.unit,
            dispatchedAt: at.toISOString(),
            dispatchDueAt: c.dispatchDueAt.toISOString(),
            withinSla,
            minutesToDispatch: minutesBetween(firstReport, at),
          }),
        ],
      );
    });
  }

  async recordMeasure(
    input: {
      caseId: string;
      kind: MeasureKind;
      takenAt?: Date;
      counterpart?: string | null;
      handoverDocument?: string | null;
      careOutcome?: TemporaryCareOutcome | null;
      notes: string;
    },
    actor: Actor,
  ) {
    const at = this.steps.pastInstant(input.takenAt, 'input.takenAt');
    const missing = missingMeasureDetail(input.kind, input);
    if (missing) throw CaseErrors.measureDetail(input.kind, missing);
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    if (c.dispatch && at < c.dispatch.dispatchedAt)
      throw CaseErrors.measureBeforeDispatch(at, c.dispatch.dispatchedAt);
    const measure: StoredMeasure = {
      id: uuidv7(),
      kind: input.kind,
      takenAt: at,
      takenBy: actor.id,
      counterpart: input.counterpart?.trim() || null,
      handoverDocument: input.handoverDocument?.trim() || null,
      ...(input.kind === 'TEMPORARY_CARE_ENDED' ? { careOutcome: input.careOutcome ?? null } : {}),
      notes: input.notes.trim(),
    };
    return this.steps.write(
      c,
      `MEASURE_${input.kind}`,
      c.status,
      measure.notes,
      actor,
      { $push: { measures: measure } },
      this.careEvents(c, measure, actor),
    );
  }

  /** 四(二)3: temporary care begun or ended reaches the registry (police.temporary-care.*). */
  private careEvents(c: ProtectionCase, measure: StoredMeasure, actor: Actor) {
    const started = temporaryCareStarted(c, measure);
    if (started) return [caseEvent(TemporaryCareStartedV1, c, actor, measure.takenAt, started)];
    if (measure.kind !== 'TEMPORARY_CARE_ENDED') return [];
    const open = openTemporaryCare(c.measures);
    if (!open) throw CaseErrors.temporaryCareNotOpen();
    if (measure.takenAt < open.takenAt) throw CaseErrors.careEndBeforeStart(measure.takenAt, open.takenAt);
    const ended = temporaryCareEnded(c, measure, open);
    return ended ? [caseEvent(TemporaryCareEndedV1, c, actor, measure.takenAt, ended)] : [];
  }

  async notifyTownship(
    input: { caseId: string; townshipCode?: string | null; contact: string; notifiedAt?: Date },
    actor: Actor,
  ) {
    const at = this.steps.pastInstant(input.notifiedAt, 'input.notifiedAt');
    const c = await this.steps.load(input.caseId, 'notifyTownship');
    const fromRegion = townshipOf(c.regionCode);
    const townshipCode = input.townshipCode ?? fromRegion;
    if (!townshipCode) throw CaseErrors.townshipRequired(c.regionCode);
    if (input.townshipCode) officialRegionTree().requireKnown(input.townshipCode, 'input.townshipCode');
    if (fromRegion ? townshipCode !== fromRegion : !isWithin(townshipCode, c.regionCode))
      throw CaseErrors.townshipMismatch(townshipCode, c.regionCode);
    const dueOn = assessmentDueOn(localDateInChina(at));
    const notification = {
      townshipCode,
      notifiedAt: at,
      contact: input.contact.trim(),
      assessmentDueOn: dueOn,
    };
    return this.steps.write(
      c,
      'TOWNSHIP_NOTIFIED',
      TRANSITIONS.notifyTownship.to,
      `${townshipCode} ${notification.contact}; assessment due ${dueOn}`,
      actor,
      { $set: { notification } },
      [
        caseEvent(TownshipNotifiedV1, c, actor, this.clock.now(), {
          caseId: c.id,
          childId: c.childId,
          regionCode: c.regionCode,
          townshipCode,
          notifiedAt: at.toISOString(),
          assessmentDueOn: dueOn,
        }),
      ],
    );
  }

  /** Reported cases past their dispatch time, as of now. */
  async overdue(): Promise<ProtectionCase[]> {
    const now = this.clock.now();
    return (await this.cases.byStatus('REPORTED')).filter((c) => isDispatchOverdue(c, now));
  }

  /**
   * Raises DispatchOverdue once for each case past its dispatch time: the escalation is written
   * with the mark that it was raised, only if no one dispatched or escalated the case meanwhile.
   */
  async escalateOverdue(): Promise<number> {
    const now = this.clock.now();
    let raised = 0;
    for (const c of await this.cases.byStatus('REPORTED')) {
      if (!needsEscalation(c, now)) continue;
      const entry: TimelineEntry = {
        at: now,
        by: SYSTEM.id,
        action: 'DISPATCH_OVERDUE_ESCALATED',
        from: c.status,
        to: c.status,
        note: `not dispatched by ${c.dispatchDueAt.toISOString()} (${c.slaMinutes} min SLA)`,
      };
      const ok = await this.cases.updateAtRevision(
        c.id,
        c.revision,
        { $set: { escalatedAt: now }, $push: { timeline: entry } },
        [
          caseEvent(DispatchOverdueV1, c, SYSTEM, now, {
            caseId: c.id,
            childId: c.childId,
            regionCode: c.regionCode,
            situationType: c.situationType as never,
            receivedAt: c.reports[0].receivedAt.toISOString(),
            dispatchDueAt: c.dispatchDueAt.toISOString(),
            slaMinutes: c.slaMinutes,
            detectedAt: now.toISOString(),
            minutesOverdue: minutesBetween(c.dispatchDueAt, now),
          }),
        ],
        { status: 'REPORTED', escalatedAt: null },
      );
      if (ok) raised += 1;
    }
    return raised;
  }
}
