import { Inject, Injectable } from '@nestjs/common';
import {
  ReportReceivedV1,
  type Actor,
  type ReportChannel,
  type ReporterKind,
  type SituationType,
} from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { caseEvent } from './case-event';
import { CaseErrors } from './case.errors';
import { CaseRepository, type ProtectionCase } from './case.repository';
import type { StoredReport, TimelineEntry } from './case.types';
import { DispatchSlaService } from './dispatch-sla.service';
import { caseToJoin, identifiesChild, isMandatoryReporter, openedCase, reportNote } from './intake.rules';
import { dispatchDueAt } from './response.rules';

/** A report as received, from any of the three sources, before it belongs to a case. */
export interface ReportDraft {
  sourceKey: string;
  situationType: SituationType;
  reporterKind: ReporterKind;
  reporterOrganisation: string | null;
  /** Null for an anonymous report (四(二)2). */
  reporterName: string | null;
  reporterPhone: string | null;
  anonymous?: boolean;
  channel: ReportChannel;
  childId: string | null;
  childDescription: string | null;
  regionCode: string;
  address: string | null;
  facts: string;
  receivedAt: Date;
  causationId?: string | null;
}

const ATTEMPTS = 5;

/**
 * Report intake (四(二)2): each report joins the open case of its child, or opens a case; the
 * dispatch clock starts at the report's reception with the city's SLA for its situation type.
 * A report from a source already taken in (a redelivered event) changes nothing.
 */
@Injectable()
export class IntakeService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly slas: DispatchSlaService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private tail: Promise<unknown> = Promise.resolve();

  /**
   * Takes in a report. Intakes run one at a time in this process, so that two reports about one
   * child arriving together (an event and a call) cannot both find no open case and open two.
   */
  receive(draft: ReportDraft, actor: Actor): Promise<ProtectionCase> {
    if (!identifiesChild(draft.childId, draft.childDescription))
      return Promise.reject(CaseErrors.childNotIdentified());
    const run = this.tail.then(
      () => this.receiveNow(draft, actor),
      () => this.receiveNow(draft, actor),
    );
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async receiveNow(draft: ReportDraft, actor: Actor): Promise<ProtectionCase> {
    const slaMinutes = await this.slas.minutesFor(draft.situationType);
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const already = await this.cases.findBySourceKey(draft.sourceKey);
      if (already) return already;
      const report: StoredReport = {
        id: uuidv7(),
        sourceKey: draft.sourceKey,
        situationType: draft.situationType,
        reporterKind: draft.reporterKind,
        reporterOrganisation: draft.reporterOrganisation,
        reporterName: draft.reporterName,
        reporterPhone: draft.reporterPhone,
        anonymous: draft.anonymous ?? false,
        channel: draft.channel,
        mandatory: isMandatoryReporter(draft.reporterKind),
        childId: draft.childId,
        childDescription: draft.childDescription,
        regionCode: draft.regionCode,
        address: draft.address,
        facts: draft.facts,
        receivedAt: draft.receivedAt,
        slaMinutes,
        dispatchDueAt: dispatchDueAt(draft.receivedAt, slaMinutes),
        recordedBy: actor.id,
      };
      const open = draft.childId
        ? caseToJoin(draft.childId, await this.cases.byChild(draft.childId))
        : undefined;
      const done = open
        ? await this.link(open, report, draft, actor)
        : await this.openCase(report, draft, actor);
      if (done) return done;
    }
    throw CaseErrors.changedConcurrently(draft.childId ?? draft.sourceKey);
  }

  private event(
    c: { id: string; childId: string | null; regionCode: string },
    report: StoredReport,
    dueAt: Date,
    linked: boolean,
    actor: Actor,
    causationId?: string | null,
  ) {
    return caseEvent(
      ReportReceivedV1,
      c,
      actor,
      this.clock.now(),
      {
        reportId: report.id,
        caseId: c.id,
        childId: report.childId,
        situationType: report.situationType,
        reporterKind: report.reporterKind,
        channel: report.channel,
        mandatory: report.mandatory,
        regionCode: report.regionCode,
        receivedAt: report.receivedAt.toISOString(),
        dispatchDueAt: dueAt.toISOString(),
        linkedToOpenCase: linked,
      },
      causationId ?? null,
    );
  }

  private async openCase(report: StoredReport, draft: ReportDraft, actor: Actor) {
    const id = uuidv7();
    const doc = openedCase(id, report, actor.id, this.clock.now());
    await this.cases.open(doc, [
      this.event(
        { id, childId: report.childId, regionCode: report.regionCode },
        report,
        report.dispatchDueAt,
        false,
        actor,
        draft.causationId,
      ),
    ]);
    return this.cases.get(id);
  }

  private async link(open: ProtectionCase, report: StoredReport, draft: ReportDraft, actor: Actor) {
    // While police have not gone out, the most urgent report sets the case's clock.
    const earlier = open.status === 'REPORTED' && report.dispatchDueAt < open.dispatchDueAt;
    const $set: Record<string, unknown> = earlier
      ? { dispatchDueAt: report.dispatchDueAt, slaMinutes: report.slaMinutes }
      : {};
    const entry: TimelineEntry = {
      at: this.clock.now(),
      by: actor.id,
      action: 'REPORT_LINKED',
      from: open.status,
      to: open.status,
      note: reportNote(report),
    };
    const ok = await this.cases.updateAtRevision(
      open.id,
      open.revision,
      { $set, $push: { reports: report, reportKeys: report.sourceKey, timeline: entry } },
      [
        this.event(
          open,
          report,
          earlier ? report.dispatchDueAt : open.dispatchDueAt,
          true,
          actor,
          draft.causationId,
        ),
      ],
      { reportKeys: { $ne: report.sourceKey } },
    );
    return ok ? this.cases.get(open.id) : null;
  }
}
