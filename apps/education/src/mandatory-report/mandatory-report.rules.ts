import {
  CATEGORY_CODES,
  createEvent,
  MandatoryReportRaisedV1,
  type Actor,
  type MandatoryReportConcern,
  type MandatoryReportRaisedPayload,
} from '@qz/contracts';
import { outgoing, type OutgoingEvent } from '@qz/messaging';
import { v7 as uuidv7 } from 'uuid';

export const MANDATORY_REPORT_RULE =
  '四(二)2: a school that finds a left-behind child or a child in difficulty dropping out, truant or without guardianship reports to the police at once';

export interface KnownCategories {
  categories: string[];
  leftBehind: boolean;
  inDifficulty: boolean;
}

/**
 * 四(二)2: the school's duty to report to the police covers left-behind children and children in
 * difficulty, as the registry last classified them. A child the registry has not classified, or
 * classified in neither, is not reported (the school still contacts the family, 四(二)6).
 */
export function mandatoryReportOwed(known: KnownCategories | null): known is KnownCategories {
  return !!known && (known.leftBehind || known.inDifficulty) && known.categories.length > 0;
}

export interface ReportFacts {
  childId: string;
  concern: MandatoryReportConcern;
  school: { id: string; name: string; regionCode: string };
  person: string;
  observedOn: string;
  facts: string;
  source: MandatoryReportRaisedPayload['source'];
}

/** The event of one mandatory report, ready for the outbox of the record it comes from. */
export function mandatoryReportEvent(
  known: KnownCategories,
  f: ReportFacts,
  actor: Actor,
  now: Date,
): { reportId: string; event: OutgoingEvent } {
  const reportId = uuidv7();
  const envelope = createEvent(MandatoryReportRaisedV1, {
    subject: f.childId,
    regionCode: f.school.regionCode,
    actor,
    occurredAt: now,
    payload: {
      reportId,
      childId: f.childId,
      concern: f.concern,
      reporter: { kind: 'SCHOOL', schoolId: f.school.id, schoolName: f.school.name, person: f.person },
      regionCode: f.school.regionCode,
      observedOn: f.observedOn,
      childCategories: known.categories.filter((c): c is (typeof CATEGORY_CODES)[number] =>
        (CATEGORY_CODES as readonly string[]).includes(c),
      ),
      leftBehind: known.leftBehind,
      inDifficulty: known.inDifficulty,
      facts: f.facts.slice(0, 2000),
      source: f.source,
      rule: MANDATORY_REPORT_RULE,
    },
  });
  return { reportId, event: outgoing(MandatoryReportRaisedV1.topic, envelope) };
}
