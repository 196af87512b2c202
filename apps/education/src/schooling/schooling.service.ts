import { Inject, Injectable } from '@nestjs/common';
import { ChildReplicaRepository, type ChildReplica } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { planItemCursor, planItemPageArgs } from '@qz/plan-items';
import { isCompulsoryEducationAge } from '../child-education/child-education.rule';
import { notBefore, pastOrToday } from '../common/date-checks';
import { DropoutCaseRepository } from '../dropout/dropout-case.repository';
import { StudentErrors } from '../students/student.errors';
import { StudentRepository } from '../students/student.repository';
import type {
  RecordDutyNoticeInput,
  RecordHomeTeachingVisitInput,
  RecordPlacementInput,
} from './schooling.inputs';
import { SchoolingRepository } from './schooling.repository';
import {
  compulsoryAgeBirthRange,
  outOfSchoolReason,
  requireCompulsoryAge,
  requireDisabled,
  requireHomeTeaching,
  requireVisitMinutes,
  type OutOfSchoolReason,
} from './schooling.rules';

/** How many pages' worth of children one request may read at most to fill its page. */
export const SCAN_PAGES_PER_REQUEST = 5;

export interface OutOfSchoolEntry {
  child: ChildReplica;
  reason: OutOfSchoolReason;
  dropoutCaseId: string | null;
  dutyNotices: { notifiedOn: string; notifiedPerson: string; method: string; by: string; notes: string }[];
}

/** Children of compulsory-education age out of school (四(二)6), and disabled children's placement (四(三)3). */
@Injectable()
export class SchoolingService {
  constructor(
    private readonly records: SchoolingRepository,
    private readonly children: ChildReplicaRepository,
    private readonly students: StudentRepository,
    private readonly dropouts: DropoutCaseRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today() {
    return localDateInChina(this.clock.now());
  }

  /**
   * One page of the region's children of compulsory-education age who are out of school, in id
   * order. The children are read a page at a time by birth date from the replica and each batch is
   * checked against enrolments, open dropout cases and placements by id; a request reads at most
   * SCAN_PAGES_PER_REQUEST batches, so a page may hold fewer than `first` entries while
   * `hasNextPage` says more children remain to be looked at.
   */
  async outOfSchool(regionCode: string, first: number, after: string | null | undefined) {
    const args = planItemPageArgs(first, after);
    const { bornAfter, bornOnOrBefore } = compulsoryAgeBirthRange(this.today());
    const entries: OutOfSchoolEntry[] = [];
    let cursor = args.afterId;
    let exhausted = false;
    for (
      let batch = 0;
      batch < SCAN_PAGES_PER_REQUEST && entries.length < args.first && !exhausted;
      batch++
    ) {
      const want = args.first - entries.length;
      const found = await this.children.bornBetweenIn(regionCode, bornAfter, bornOnOrBefore, cursor, want);
      exhausted = found.exhausted;
      cursor = found.lastId;
      entries.push(...(await this.outOfSchoolAmong(found.children)));
    }
    return {
      entries,
      hasNextPage: !exhausted,
      endCursor: cursor ? planItemCursor(cursor) : null,
    };
  }

  private async outOfSchoolAmong(children: ChildReplica[]): Promise<OutOfSchoolEntry[]> {
    if (!children.length) return [];
    const ids = children.map((c) => c.id);
    const [students, open, records] = await Promise.all([
      this.students.findByIds(ids),
      this.dropouts.openOfChildren(ids),
      this.records.ofChildren(ids),
    ]);
    const openOf = new Map(open.map((c) => [c.childId, c.id]));
    return children.flatMap((child, i) => {
      const record = records.get(child.id);
      const dropoutCaseId = openOf.get(child.id) ?? null;
      const reason = outOfSchoolReason({
        enrolled: students[i] != null,
        openDropoutCaseId: dropoutCaseId,
        placement: record?.placement?.type ?? null,
      });
      return reason ? [{ child, reason, dropoutCaseId, dutyNotices: record?.dutyNotices ?? [] }] : [];
    });
  }

  private async knownChild(id: string) {
    const child = await this.children.findById(id);
    if (!child) throw StudentErrors.childNotFound(id);
    return child;
  }

  /** 四(二)6: the parents of a child of compulsory-education age not in school were told to enrol it. */
  async recordDutyNotice(input: RecordDutyNoticeInput, viewer: Identity) {
    const on = pastOrToday(input.notifiedOn, 'input.notifiedOn', this.today());
    const child = await this.knownChild(input.childId);
    requireCompulsoryAge(isCompulsoryEducationAge(child.birthDate, on), on, 'input.notifiedOn');
    const [student] = await this.students.findByIds([child.id]);
    if (student && !(await this.dropouts.openOfChildren([child.id])).length)
      throw StudentErrors.alreadyEnrolled();
    await this.records.addDutyNotice(child.id, {
      notifiedOn: on,
      notifiedPerson: input.notifiedPerson,
      method: input.method,
      by: input.by,
      notes: input.notes ?? '',
      recordedBy: viewer.userId,
      recordedAt: this.clock.now(),
    });
    return this.recordOf(child);
  }

  /** 四(三)3: the bureau places a disabled child of school age by type. */
  async recordPlacement(input: RecordPlacementInput, viewer: Identity) {
    const on = pastOrToday(input.decidedOn, 'input.decidedOn', this.today());
    const child = await this.knownChild(input.childId);
    requireDisabled((await this.children.findCategories(child.id))?.categories ?? []);
    requireCompulsoryAge(isCompulsoryEducationAge(child.birthDate, on), on, 'input.decidedOn');
    await this.records.place(child.id, {
      type: input.type,
      decidedOn: on,
      decidedBy: input.decidedBy,
      reason: input.reason ?? '',
      recordedBy: viewer.userId,
      recordedAt: this.clock.now(),
    });
    return this.recordOf(child);
  }

  /** 四(三)3: a teacher's visit to a child taught at home (送教上门). */
  async recordHomeVisit(input: RecordHomeTeachingVisitInput, viewer: Identity) {
    const on = pastOrToday(input.visitedOn, 'input.visitedOn', this.today());
    requireVisitMinutes(input.minutes);
    const child = await this.knownChild(input.childId);
    const record = await this.records.ofChild(child.id);
    const placement = requireHomeTeaching(record.placement);
    notBefore(on, placement.decidedOn, 'VISIT_BEFORE_PLACEMENT', 'input.visitedOn', 'the placement');
    const added = await this.records.addHomeVisit(child.id, {
      visitedOn: on,
      teacher: input.teacher,
      minutes: input.minutes,
      content: input.content,
      recordedBy: viewer.userId,
      recordedAt: this.clock.now(),
    });
    if (!added) requireHomeTeaching(null);
    return this.recordOf(child);
  }

  async record(childId: string) {
    return this.recordOf(await this.knownChild(childId));
  }

  private async recordOf(child: ChildReplica) {
    const r = await this.records.ofChild(child.id);
    return {
      childId: child.id,
      regionCode: child.regionCode,
      dutyNotices: r.dutyNotices,
      placement: r.placement,
      placementHistory: r.placementHistory,
      homeVisits: r.homeVisits,
    };
  }
}
