import { Inject, Injectable } from '@nestjs/common';
import { regionOfAncestry, localDateInChina, type Clock } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import type { Plain } from '@qz/persistence';
import type { Identity } from '@qz/identity';
import { CLOCK } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { v7 as uuidv7 } from 'uuid';
import { notBefore, pastOrToday } from '../common/date-checks';
import { EducationSettings } from '../common/education-settings';
import { MandatoryReporter } from '../mandatory-report/mandatory-reporter';
import { absenceRiskTrigger } from './absence.rules';
import { StudentErrors } from './student.errors';
import type { CloseAbsenceRiskInput, LogAbsenceRiskContactInput, RecordAbsenceInput } from './student.inputs';
import { StudentRepository } from './student.repository';
import type { StoredAbsence, StoredContact, StoredRisk, StudentDocument } from './student.schema';

type Student = Plain<StudentDocument>;

/**
 * Absences, the risk records they open (四(二)6 first sentence), the school's contacts with the
 * family, and the mandatory reports (四(二)2) they raise for left-behind children and children in
 * difficulty. Each change is one compare-and-set write of the student with its events.
 */
@Injectable()
export class AbsenceService {
  constructor(
    private readonly students: StudentRepository,
    private readonly reporter: MandatoryReporter,
    private readonly settings: EducationSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async recordAbsence(input: RecordAbsenceInput, viewer: Identity) {
    const now = this.clock.now();
    const date = pastOrToday(input.date, 'input.date', localDateInChina(now));
    const student = await this.enrolled(input.childId, viewer);
    notBefore(date, student.enrolment.enrolledOn, 'DATE_BEFORE_ENROLMENT', 'input.date', 'the enrolment');
    if (student.absences.some((a) => a.date === date)) throw StudentErrors.absenceRecorded(date);
    const absence: StoredAbsence = {
      date,
      excused: input.excused,
      reason: input.reason.trim(),
      recordedBy: input.by.trim(),
      recordedAt: now,
    };
    const absences = [...student.absences, absence].sort((a, b) => a.date.localeCompare(b.date));
    const events: OutgoingEvent[] = [];
    let riskOpened: StoredRisk | null = null;
    if (!student.risks.some((r) => r.status === 'OPEN')) {
      const lastClosed =
        student.risks
          .map((r) => r.closedOn ?? '')
          .sort()
          .pop() || null;
      const hit = absenceRiskTrigger(absences, date, this.settings.absenceThresholds(), lastClosed);
      if (hit) {
        riskOpened = {
          id: uuidv7(),
          openedOn: date,
          trigger: hit.trigger,
          unexcusedDays: hit.days,
          status: 'OPEN',
          contacts: [],
          closedOn: null,
          closedWhy: null,
          mandatoryReportId: null,
        };
        const report = await this.reporter.raise(
          {
            childId: student.id,
            concern: 'TRUANCY_RISK',
            school: student.schoolId,
            person: absence.recordedBy,
            observedOn: date,
            facts:
              hit.trigger === 'CONSECUTIVE'
                ? `连续${hit.days}个上学日无故缺课（截至${date}）`
                : `近期累计${hit.days}天无故缺课（截至${date}）`,
            source: { kind: 'ABSENCE_RISK', id: riskOpened.id, caseNumber: null },
          },
          viewer,
          now,
        );
        if (report) {
          riskOpened.mandatoryReportId = report.reportId;
          events.push(report.event);
        }
      }
    }
    const risks = riskOpened ? [...student.risks, riskOpened] : student.risks;
    await this.write(student, { absences, risks }, events);
    return { absence, riskOpened };
  }

  async logContact(input: LogAbsenceRiskContactInput, viewer: Identity) {
    const now = this.clock.now();
    const on = pastOrToday(input.on, 'input.on', localDateInChina(now));
    const student = await this.enrolled(input.childId, viewer);
    const risk = this.openRisk(student, input.riskId);
    notBefore(on, risk.openedOn, 'DATE_BEFORE_RISK_OPENED', 'input.on', 'the day the risk record opened');
    const contact: StoredContact = {
      on,
      by: input.by.trim(),
      contactedPerson: input.contactedPerson.trim(),
      method: input.method,
      reached: input.reached,
      guardianshipConcern: input.guardianshipConcern ?? false,
      notes: input.notes.trim(),
      recordedAt: now,
      mandatoryReportId: null,
    };
    const events: OutgoingEvent[] = [];
    const report = contact.guardianshipConcern
      ? await this.reporter.raise(
          {
            childId: student.id,
            concern: 'MISSING_GUARDIANSHIP',
            school: student.schoolId,
            person: contact.by,
            observedOn: on,
            facts: `联系${contact.contactedPerson}：${contact.notes}`,
            source: { kind: 'ABSENCE_RISK', id: risk.id, caseNumber: null },
          },
          viewer,
          now,
        )
      : null;
    if (report) {
      contact.mandatoryReportId = report.reportId;
      events.push(report.event);
    }
    const updated = { ...risk, contacts: [...risk.contacts, contact] };
    await this.write(student, { risks: student.risks.map((r) => (r.id === risk.id ? updated : r)) }, events);
    return updated;
  }

  async closeRisk(input: CloseAbsenceRiskInput, viewer: Identity) {
    const on = pastOrToday(input.on, 'input.on', localDateInChina(this.clock.now()));
    const student = await this.enrolled(input.childId, viewer);
    const risk = this.openRisk(student, input.riskId);
    notBefore(on, risk.openedOn, 'DATE_BEFORE_RISK_OPENED', 'input.on', 'the day the risk record opened');
    const closed: StoredRisk = { ...risk, status: 'CLOSED', closedOn: on, closedWhy: input.why.trim() };
    await this.write(student, { risks: student.risks.map((r) => (r.id === risk.id ? closed : r)) }, []);
    return closed;
  }

  /** The student, refused when the school is outside the viewer's region (before any write). */
  private async enrolled(childId: string, viewer: Identity): Promise<Student> {
    const student = await this.students.findById(childId);
    if (!student) throw StudentErrors.notEnrolled(childId);
    requireInRegion(viewer, regionOfAncestry(student.regionPath), `The school of student ${childId}`);
    return student;
  }

  private openRisk(student: Student, riskId: string): StoredRisk {
    const risk = student.risks.find((r) => r.id === riskId);
    if (!risk) throw StudentErrors.riskNotFound(riskId);
    if (risk.status !== 'OPEN') throw StudentErrors.riskClosed(riskId);
    return risk;
  }

  private async write(student: Student, $set: Partial<StudentDocument>, events: OutgoingEvent[]) {
    if (!(await this.students.updateAtRevision(student.id, student.revision, { $set }, events)))
      throw StudentErrors.changedConcurrently(student.id);
  }
}
