import { Inject, Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import {
  ApplicationPartRoutedV1,
  createEvent,
  type Actor,
  type ApplicationPartDecidedPayload,
  type ApplicationPartRoutedPayload,
  type AssistanceProgramme,
} from '@qz/contracts';
import { DomainError, officialRegionTree, localDateInChina, type Clock } from '@qz/kernel';
import { outgoing } from '@qz/messaging';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { BenefitRepository } from '../benefits/benefit.repository';
import { benefitIdForApplicationPart, BenefitService } from '../benefits/benefit.service';
import { AssistanceErrors, IntakeErrors } from '../shared/assistance.errors';
import { ApplicationRepository, type Application } from './application.repository';
import { KIND_DEPARTMENT, type ApplicationStatus } from './application.rules';
import type { ApplicationChange, ApplicationDocument, ApplicationPart } from './application.schema';
import { IntakeCalendar } from './intake-calendar';

type Kind = keyof typeof KIND_DEPARTMENT;
type Change = { set: object; action: string; note: string; events: ReturnType<typeof outgoing>[] };

export interface SubmitApplication {
  childId: string;
  townshipCode: string;
  applicantName: string;
  applicantRelation: string;
  parts: { kind: Kind; request: string }[];
}

/**
 * 四(四)1 一门受理、协同办理: records an application once at a township window, takes it through the
 * township's review and the county's approval within their working-day deadlines, routes each part
 * to its department by event, and keeps every part's decision on the one application.
 */
export type { Application };

@Injectable()
export class ApplicationService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly replicas: ChildReplicaRepository,
    private readonly intake: IntakeCalendar,
    private readonly benefits: BenefitService,
    private readonly benefitRepository: BenefitRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async submit(input: SubmitApplication, actor: Actor): Promise<Application> {
    officialRegionTree().requireKnown(input.townshipCode, 'input.townshipCode');
    const child = await this.replicas.findById(input.childId);
    if (!child) throw AssistanceErrors.childNotFound(input.childId);
    const kinds = input.parts.map((p) => p.kind);
    const twice = kinds.find((k, i) => kinds.indexOf(k) !== i);
    if (twice) throw IntakeErrors.duplicatePart(twice);
    const at = this.clock.now();
    const today = localDateInChina(at);
    const application: ApplicationDocument = {
      _id: uuidv7(),
      childId: child.id,
      regionCode: child.regionCode,
      townshipCode: input.townshipCode,
      receivedAt: at,
      receivedOn: today,
      receivedBy: actor.id,
      applicantName: input.applicantName.trim(),
      applicantRelation: input.applicantRelation.trim(),
      status: 'RECEIVED',
      review: {
        dueOn: this.intake.calendar.addWorkingDays(today, this.intake.reviewWorkingDays),
        doneOn: null,
        by: null,
        outcome: null,
        note: null,
      },
      approval: null,
      parts: input.parts.map((p, i) => ({
        partId: `p${i + 1}`,
        kind: p.kind,
        department: KIND_DEPARTMENT[p.kind],
        request: p.request.trim(),
        status: 'WAITING',
        decidedAt: null,
        decidedBy: null,
        note: null,
      })),
      history: [
        { at, action: 'received', by: actor.id, note: `received at the window of ${input.townshipCode}` },
      ],
      revision: 1,
    };
    return this.applications.insert(application);
  }

  /** The township's first-instance review (初审): passed routes every part; returned closes it. */
  review(id: string, passed: boolean, note: string, actor: Actor) {
    return this.change(id, actor, (a, at, today) => {
      if (a.status !== 'RECEIVED') throw IntakeErrors.stepConflict(id, a.status, 'reviewed again');
      const review = {
        ...a.review,
        doneOn: today,
        by: actor.id,
        outcome: passed ? 'PASSED' : 'RETURNED',
        note,
      };
      if (!passed) {
        return { set: { status: 'RETURNED', review }, action: 'returned by the township', note, events: [] };
      }
      const parts: ApplicationPart[] = a.parts.map((p) => ({ ...p, status: 'ROUTED' }));
      const approval = {
        dueOn: this.intake.calendar.addWorkingDays(today, this.intake.approvalWorkingDays),
        doneOn: null,
        by: null,
        outcome: null,
        note: null,
      };
      const events = parts.map((p) => this.routed(a, p, actor, at));
      return {
        set: { status: 'REVIEWED', review, approval, parts },
        action: 'reviewed by the township',
        note,
        events,
      };
    });
  }

  /** The county's approval (审批), after the township's review. */
  approve(id: string, approved: boolean, note: string, actor: Actor) {
    return this.change(id, actor, (a, _at, today) => {
      if (a.status === 'RECEIVED') throw IntakeErrors.notReviewed(id);
      if (a.status !== 'REVIEWED' || !a.approval) throw IntakeErrors.stepConflict(id, a.status, 'approved');
      const status: ApplicationStatus = approved ? 'APPROVED' : 'REJECTED';
      const approval = { ...a.approval, doneOn: today, by: actor.id, outcome: status, note };
      return { set: { status, approval }, action: `${status.toLowerCase()} by the county`, note, events: [] };
    });
  }

  /** A department's decision on its part, recorded on the application. */
  decidePart(
    id: string,
    partId: string,
    department: string,
    approved: boolean,
    note: string,
    actor: Actor,
    grant: { startDate?: string; monthlyAmountFen?: number } = {},
    granted: { amountFen?: number | null; recordId?: string | null } = {},
  ) {
    return this.change(id, actor, async (a, at, today) => {
      const part = a.parts.find((p) => p.partId === partId);
      if (!part) throw IntakeErrors.partNotFound(id, partId);
      if (part.department !== department)
        throw IntakeErrors.wrongDepartment(partId, part.department, department);
      if (part.status === 'WAITING') throw IntakeErrors.partNotRouted(partId);
      if (part.status !== 'ROUTED') throw IntakeErrors.partDecided(partId, part.status);
      const decided: ApplicationPart = {
        ...part,
        status: approved ? 'APPROVED' : 'REJECTED',
        decidedAt: at,
        decidedBy: `${department}:${actor.id}`,
        note,
        benefitId:
          approved && department === 'ASSISTANCE'
            ? await this.grantFor(a, part, note, today, grant, actor)
            : null,
        ...(department === 'ASSISTANCE'
          ? {}
          : { amountFen: granted.amountFen ?? null, departmentRecordId: granted.recordId ?? null }),
      };
      const parts = a.parts.map((p) => (p.partId === partId ? decided : p));
      return {
        set: { parts },
        action: `part ${partId} ${decided.status.toLowerCase()} by ${department}`,
        note,
        events: [],
      };
    });
  }

  /**
   * A deciding department's decision, arrived by event: recorded on the part as that department's
   * (once: a part already decided, by event or by mutation, stays as it is), with the amount its
   * rules granted and its own record of the part, when the decision carries them.
   */
  async recordDepartmentDecision(p: ApplicationPartDecidedPayload, actor: Actor): Promise<void> {
    const a = await this.applications.findById(p.applicationId);
    const part = a?.parts.find((x) => x.partId === p.partId);
    if (!part || part.department !== p.department || part.status !== 'ROUTED') return;
    const note = `${p.note} (${p.rule}${p.automatic ? '; by the department’s rules on arrival' : ''})`;
    try {
      await this.decidePart(
        p.applicationId,
        p.partId,
        p.department,
        p.approved,
        note.slice(0, 1000),
        actor,
        {},
        { amountFen: p.amountFen, recordId: p.recordId },
      );
    } catch (error) {
      if (error instanceof DomainError && error.code === 'PART_ALREADY_DECIDED') return;
      throw error;
    }
  }

  private async change(
    id: string,
    actor: Actor,
    decide: (a: Application, at: Date, today: string) => Change | Promise<Change>,
  ): Promise<Application> {
    const a = await this.applications.findById(id);
    if (!a) throw IntakeErrors.notFound(id);
    const at = this.clock.now();
    const { set, action, note, events } = await decide(a, at, localDateInChina(at));
    const entry: ApplicationChange = { at, action, by: actor.id, note };
    if (
      !(await this.applications.updateAtRevision(
        id,
        a.revision,
        { $set: set, $push: { history: entry } },
        events,
      ))
    )
      throw AssistanceErrors.changedConcurrently('application', id);
    return (await this.applications.findById(id)) as Application;
  }

  /**
   * An approved assistance part grants its benefit (四(四)1 协助做好申请批准和资金发放), once: the
   * benefit's id derives from the part, so deciding again after an interruption grants nothing new.
   */
  private async grantFor(
    a: Application,
    part: ApplicationPart,
    note: string,
    today: string,
    grant: { startDate?: string; monthlyAmountFen?: number },
    actor: Actor,
  ): Promise<string> {
    const benefitId = benefitIdForApplicationPart(a.id, part.partId);
    if (await this.benefitRepository.findById(benefitId)) return benefitId;
    const benefit = await this.benefits.grant(
      {
        childId: a.childId,
        programme: part.kind as AssistanceProgramme,
        startDate: grant.startDate ?? today,
        monthlyAmountFen: grant.monthlyAmountFen,
        reason: note,
        benefitId,
      },
      actor,
    );
    return benefit.id;
  }

  private routed(a: Application, p: ApplicationPart, actor: Actor, at: Date) {
    const payload: ApplicationPartRoutedPayload = {
      applicationId: a.id,
      partId: p.partId,
      childId: a.childId,
      department: p.department as ApplicationPartRoutedPayload['department'],
      kind: p.kind as ApplicationPartRoutedPayload['kind'],
      townshipCode: a.townshipCode,
      regionCode: a.regionCode,
      receivedOn: a.receivedOn,
      request: p.request,
    };
    return outgoing(
      ApplicationPartRoutedV1.topic,
      createEvent(ApplicationPartRoutedV1, {
        subject: a.childId,
        regionCode: a.regionCode,
        actor,
        occurredAt: at,
        payload,
      }),
    );
  }

  findById(id: string) {
    return this.applications.findById(id);
  }

  findByTownship(townshipCode: string) {
    return this.applications.findByTownship(townshipCode);
  }

  /** Applications waiting for a step, received at windows in a region and below. */
  findOpenIn(regionCode: string) {
    return this.applications.findOpenIn(regionCode);
  }

  /** Reviewed applications (their parts routed) whose child lives in a region and below. */
  findRoutedIn(regionCode: string) {
    return this.applications.findRoutedIn(regionCode);
  }

  /** Many children's applications in one store query (the graph's DataLoader batch). */
  findByChildren(childIds: readonly string[]) {
    return this.applications.findByChildren(childIds);
  }
}
