import { Inject, Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import {
  countyOf,
  localDateInChina,
  officialRegionTree,
  regionAncestry,
  type Clock,
  type LocalDate,
} from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import type { Identity } from '@qz/identity';
import { CLOCK } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { v7 as uuidv7 } from 'uuid';
import { notBefore, pastOrToday } from '../common/date-checks';
import { EducationSettings } from '../common/education-settings';
import { MandatoryReporter } from '../mandatory-report/mandatory-reporter';
import { SchoolErrors } from '../schools/school.errors';
import { SchoolRepository } from '../schools/school.repository';
import { StudentErrors } from '../students/student.errors';
import { StudentRepository } from '../students/student.repository';
import { DropoutErrors } from './dropout.errors';
import { DropoutCaseRepository, type DropoutCase } from './dropout-case.repository';
import { nextStatus, reportDueOn, type DropoutStatus, type DropoutStep } from './dropout-case.rules';
import type { DropoutCaseDocument, StoredAttempt, StoredTransition } from './dropout-case.schema';
import type {
  EscalateDropoutInput,
  FlagDropoutInput,
  RecordDropoutReturnInput,
  RecordPersuasionInput,
  RegisterDropoutInput,
  SubmitDropoutReportInput,
} from './dropout-case.inputs';

/** The last day anything happened on the case: a later step may not be dated before it. */
function lastStepOn(c: DropoutCase): LocalDate {
  return [c.openedOn, ...c.attempts.map((a) => a.on), ...c.transitions.map((t) => t.on)]
    .sort()
    .pop() as string;
}

/**
 * Dropout cases (四(二)6 控辍保学): registration, persuasion, flagging, the written report within
 * the county's deadline, escalation, return. Every check runs before the one write of each step;
 * every change of status is appended to the case's transitions with who, when and why.
 */

/** The name of a region's county, for the recipients of written reports (the official table). */
const countyName = (code: string): string =>
  officialRegionTree().nameOf(countyOf(code)) ?? `县级行政区${countyOf(code)}`;
export type { DropoutCase };

@Injectable()
export class DropoutService {
  constructor(
    private readonly cases: DropoutCaseRepository,
    private readonly students: StudentRepository,
    private readonly schools: SchoolRepository,
    private readonly children: ChildReplicaRepository,
    private readonly reporter: MandatoryReporter,
    private readonly settings: EducationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(input: RegisterDropoutInput, viewer: Identity) {
    const now = this.clock.now();
    const openedOn = pastOrToday(input.openedOn, 'input.openedOn', localDateInChina(now));
    if (!(await this.children.findById(input.childId))) throw StudentErrors.childNotFound(input.childId);
    const school = await this.schools.findById(input.schoolId);
    if (!school) throw SchoolErrors.notFound(input.schoolId);
    requireInRegion(viewer, school.regionCode, `School ${school.id}`);
    const student = await this.students.findById(input.childId);
    if (!student) throw StudentErrors.notEnrolled(input.childId);
    if (student.schoolId !== school.id) throw DropoutErrors.notEnrolledAtSchool(input.childId, school.id);
    notBefore(
      openedOn,
      student.enrolment.enrolledOn,
      'DATE_BEFORE_ENROLMENT',
      'input.openedOn',
      'the enrolment',
    );
    const open = (await this.cases.ofChildren([input.childId])).find((c) => c.status !== 'RETURNED');
    if (open) throw DropoutErrors.alreadyOpen(input.childId);

    const id = uuidv7();
    const caseNumber = `KC${countyOf(school.regionCode)}-${openedOn.replace(/-/g, '')}-${id.slice(-6).toUpperCase()}`;
    const by = input.by.trim();
    const facts = input.facts.trim();
    const events: OutgoingEvent[] = [];
    const report = await this.reporter.raise(
      {
        childId: input.childId,
        concern: 'DROPOUT',
        school,
        person: by,
        observedOn: openedOn,
        facts,
        source: { kind: 'DROPOUT_CASE', id, caseNumber },
      },
      viewer,
      now,
    );
    if (report) events.push(report.event);
    const doc: DropoutCaseDocument = {
      _id: id,
      caseNumber,
      childId: input.childId,
      schoolId: school.id,
      regionCode: school.regionCode,
      regionPath: regionAncestry(school.regionCode),
      status: 'REGISTERED',
      openKey: input.childId,
      openedOn,
      facts,
      registeredBy: by,
      attempts: [],
      flag: null,
      reportDueOn: null,
      reportWorkingDays: null,
      report: null,
      escalation: null,
      returnedOn: null,
      transitions: [{ from: null, to: 'REGISTERED', on: openedOn, at: now, by, why: facts.slice(0, 500) }],
      mandatoryReportId: report?.reportId ?? null,
      revision: 1,
    };
    return this.cases.register(doc, events);
  }

  async recordPersuasion(input: RecordPersuasionInput, viewer: Identity) {
    const { c, on, now } = await this.step(input, viewer);
    const step: DropoutStep = input.result === 'RETURNED' ? 'RETURNED' : 'PERSUASION_FAILED';
    const to = nextStatus(c.status, step);
    const attempt: StoredAttempt = {
      no: c.attempts.length + 1,
      on,
      by: input.by.trim(),
      method: input.method,
      result: input.result,
      notes: input.notes.trim(),
      guardianshipConcern: input.guardianshipConcern ?? false,
      mandatoryReportId: null,
    };
    const events: OutgoingEvent[] = [];
    const report = attempt.guardianshipConcern
      ? await this.reporter.raise(
          {
            childId: c.childId,
            concern: 'MISSING_GUARDIANSHIP',
            school: c.schoolId,
            person: attempt.by,
            observedOn: on,
            facts: attempt.notes,
            source: { kind: 'DROPOUT_CASE', id: c.id, caseNumber: c.caseNumber },
          },
          viewer,
          now,
        )
      : null;
    if (report) {
      attempt.mandatoryReportId = report.reportId;
      events.push(report.event);
    }
    const why = `劝返第${attempt.no}次（${attempt.method}）：${attempt.result}，${attempt.notes}`.slice(
      0,
      500,
    );
    return this.write(
      c,
      to,
      on,
      now,
      attempt.by,
      why,
      { attempts: [...c.attempts, attempt], ...this.closing(to, on) },
      events,
    );
  }

  async flag(input: FlagDropoutInput, viewer: Identity) {
    const { c, on, now } = await this.step(input, viewer);
    const to = nextStatus(c.status, 'FLAG');
    const days = this.settings.reportWorkingDays(countyOf(c.regionCode));
    const by = input.by.trim();
    const note = input.note.trim();
    return this.write(c, to, on, now, by, note, {
      flag: { on, by, note },
      reportDueOn: reportDueOn(on, days),
      reportWorkingDays: days,
    });
  }

  async submitReport(input: SubmitDropoutReportInput, viewer: Identity) {
    const { c, on, now } = await this.step(input, viewer);
    const to = nextStatus(c.status, 'REPORT');
    const by = input.by.trim();
    const recipients = [
      { kind: 'COUNTY_EDUCATION_BUREAU' as const, name: `${countyName(c.regionCode)}教育局` },
      { kind: 'TOWNSHIP_GOVERNMENT' as const, name: input.townshipGovernment.trim() },
    ];
    const onTime = !c.reportDueOn || on <= c.reportDueOn;
    const why = `书面报告${recipients.map((r) => r.name).join('、')}${onTime ? '' : '（逾期）'}`;
    return this.write(c, to, on, now, by, why, { report: { submittedOn: on, by, recipients, onTime } });
  }

  async escalate(input: EscalateDropoutInput, viewer: Identity) {
    const { c, on, now } = await this.step(input, viewer);
    const to = nextStatus(c.status, 'ESCALATE');
    const by = input.by.trim();
    const reason = input.reason.trim();
    const recipient = { kind: 'COUNTY_GOVERNMENT' as const, name: `${countyName(c.regionCode)}人民政府` };
    const departments = input.departments.map((d) => d.trim());
    return this.write(c, to, on, now, by, reason, { escalation: { on, by, reason, departments, recipient } });
  }

  async recordReturn(input: RecordDropoutReturnInput, viewer: Identity) {
    const { c, on, now } = await this.step(input, viewer);
    const to = nextStatus(c.status, 'RETURNED');
    return this.write(c, to, on, now, input.by.trim(), input.why.trim(), this.closing(to, on));
  }

  private closing(to: string, on: LocalDate) {
    return to === 'RETURNED' ? { returnedOn: on } : {};
  }

  /** The case a step is about, refused when its school is outside the viewer's region. */
  private async step(input: { caseId: string; on: string }, viewer: Identity) {
    const now = this.clock.now();
    const on = pastOrToday(input.on, 'input.on', localDateInChina(now));
    const c = await this.cases.findById(input.caseId);
    if (!c) throw DropoutErrors.notFound(input.caseId);
    requireInRegion(viewer, c.regionCode, `Dropout case ${c.id}`);
    notBefore(on, c.openedOn, 'DATE_BEFORE_CASE_OPENED', 'input.on', 'the day the case was opened');
    notBefore(on, lastStepOn(c), 'DATE_BEFORE_PREVIOUS_STEP', 'input.on', 'the case’s previous step');
    return { c, on, now };
  }

  private async write(
    c: DropoutCase,
    to: DropoutCase['status'],
    on: LocalDate,
    now: Date,
    by: string,
    why: string,
    $set: Partial<DropoutCaseDocument>,
    events: OutgoingEvent[] = [],
  ): Promise<DropoutCase> {
    const change: { $set: object; $push?: object } = { $set: { ...$set, status: to } };
    if (to !== c.status) {
      const t: StoredTransition = { from: c.status, to, on, at: now, by, why };
      change.$push = { transitions: t };
    }
    if (to === 'RETURNED') (change.$set as Record<string, unknown>).openKey = `${c.childId}:closed:${c.id}`;
    if (!(await this.cases.updateAtRevision(c.id, c.revision, change, events)))
      throw DropoutErrors.changedConcurrently(c.id);
    return (await this.cases.findById(c.id)) as DropoutCase;
  }

  findById(id: string) {
    return this.cases.findById(id);
  }

  ofSchool(schoolId: string) {
    return this.cases.ofSchool(schoolId);
  }

  /** The cases of a region and below, of one status if given. */
  inRegion(regionCode: string, status?: DropoutStatus) {
    return this.cases.inRegion(regionCode, status);
  }

  /** Many children's cases in one store query (the graph's DataLoader batch). */
  ofChildren(childIds: readonly string[]) {
    return this.cases.ofChildren(childIds);
  }
}
