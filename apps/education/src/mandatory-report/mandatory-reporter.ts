import { Injectable } from '@nestjs/common';
import { ChildReplicaRepository } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import type { OutgoingEvent } from '@qz/messaging';
import { actorOf } from '@qz/platform';
import { SchoolErrors } from '../schools/school.errors';
import { SchoolRepository } from '../schools/school.repository';
import { mandatoryReportEvent, mandatoryReportOwed, type ReportFacts } from './mandatory-report.rules';

/**
 * A school's mandatory report (四(二)2), raised when the registry has the child as left-behind or
 * in difficulty: the event for the outbox of the record it comes from, or null when none is owed.
 */
@Injectable()
export class MandatoryReporter {
  constructor(
    private readonly children: ChildReplicaRepository,
    private readonly schools: SchoolRepository,
  ) {}

  /** `facts.school` is the reporting school, or its id, then read only when a report is owed. */
  async raise(
    facts: Omit<ReportFacts, 'school'> & { school: ReportFacts['school'] | string },
    viewer: Identity,
    now: Date,
  ): Promise<{ reportId: string; event: OutgoingEvent } | null> {
    const known = await this.children.findCategories(facts.childId);
    if (!mandatoryReportOwed(known)) return null;
    const school = typeof facts.school === 'string' ? await this.school(facts.school) : facts.school;
    return mandatoryReportEvent(known, { ...facts, school }, actorOf(viewer), now);
  }

  private async school(id: string) {
    const school = await this.schools.findById(id);
    if (!school) throw SchoolErrors.notFound(id);
    return school;
  }
}
