import {
  WINDOW_PART_SERVICE,
  windowPartId,
  type ApplicationPartDecidedPayload,
  type ApplicationPartRoutedPayload,
  type WindowPartDepartment,
  type WindowPartService,
} from '@qz/contracts';
import type { Identity, Role } from '@qz/identity';
import type { DecideWindowPartInput } from './window-part.model';
import { DomainError, regionAncestry } from '@qz/kernel';
import type {
  WindowPartAssessment,
  WindowPartDecision,
  WindowPartDocument,
  WindowPartStatus,
} from './window-part.schema';

/** What a service's rules say of a part: eligible (an officer decides) or not (refused at once). */
export type Assessment = Omit<WindowPartAssessment, 'assessedOn'>;

/** When the rules are applied: as the part arrives, or as an officer approves it. */
export type WindowPartStage = 'arrival' | 'decision';

/** A service's own rules for the parts it decides (四(四)1 协同办理: each department by its rules). */
export interface WindowPartAssessor {
  assess(
    part: { childId: string; department: string; kind: string; request: string },
    today: string,
    stage: WindowPartStage,
  ): Promise<Assessment>;
}

/** What an approved part became in the deciding service's own records (四(四)1 协同办理). */
export interface Fulfilment {
  /** Granted, in fen, by the service's own rules and charged to its budget; null when no amount. */
  amountFen: number | null;
  /** The service's record (an application, a decision, a proposal) the part became or was linked to. */
  recordId: string | null;
  /** Gives back what the approval wrote when the part's decision could not be recorded after all. */
  undo(): Promise<void>;
}

/** The part as the fulfiller sees it. */
export type FulfilledPart = Pick<
  WindowPartDocument,
  'applicationId' | 'partId' | 'childId' | 'department' | 'kind' | 'request' | 'townshipCode' | 'receivedOn'
> & { id: string; regionCode: string };

/**
 * A service's own records behind its approvals: called once the officer may approve the part and
 * the rules find the child eligible, before the decision is written. It makes (or links) the
 * service's record, computing any amount by the service's rules and charging its budget; it throws
 * (e.g. BUDGET_EXCEEDED) having written nothing, and the part stays pending.
 */
export interface WindowPartFulfiller {
  fulfil(
    part: FulfilledPart,
    input: DecideWindowPartInput,
    viewer: Identity,
    today: string,
    at: Date,
  ): Promise<Fulfilment>;
  /**
   * After an officer's rejection is recorded: gives back a record an approval of the part made but
   * could not name on the part (interrupted between the two writes), if any.
   */
  discard?(part: FulfilledPart): Promise<void>;
  /**
   * Where the records approved parts became stand now (the window's live status): one answer per
   * record id, in order; null for a record that is no longer there.
   */
  progress?(records: readonly RecordOfPart[]): Promise<(RecordProgress | null)[]>;
}

/** An approved part's record, as the fulfiller named it. */
export interface RecordOfPart {
  kind: string;
  recordId: string;
}

/** A department record's state now, as the window shows it (四(四)1: the family asks one place). */
export interface RecordProgress {
  /** The record's own status in its department (a health application's DISBURSED, an aid's CONFIRMED, …). */
  status: string;
  /** The day of its last step, YYYY-MM-DD. */
  statusOn: string;
  /** What it grants now, in fen (a premium subsidy is recomputed when the child's situation changes). */
  amountFen: number | null;
}

/** The officer who decides a department's parts. */
export const DECIDER_ROLE: Record<WindowPartDepartment, Role> = {
  HEALTH: 'HEALTH_OFFICER',
  DPF: 'DPF_OFFICER',
  EDUCATION: 'EDUCATION_OFFICER',
};

/** The part goes to this service: its department is one of the service's (never ASSISTANCE's). */
export function isForService(
  p: Pick<ApplicationPartRoutedPayload, 'department'>,
  service: WindowPartService,
): p is { department: WindowPartDepartment } {
  return (WINDOW_PART_SERVICE as Record<string, string | undefined>)[p.department] === service;
}

/**
 * The stored part as it arrives: assessed with the department's rules; one the rules find
 * ineligible is refused at once (an automatic decision, sent back like an officer's).
 */
export function windowPartOf(
  p: ApplicationPartRoutedPayload & { department: WindowPartDepartment },
  routedEventId: string,
  assessment: WindowPartAssessment,
  at: Date,
): WindowPartDocument {
  const status: WindowPartStatus = assessment.eligible ? 'PENDING' : 'REJECTED';
  return {
    _id: windowPartId(p.applicationId, p.partId),
    applicationId: p.applicationId,
    partId: p.partId,
    childId: p.childId,
    department: p.department,
    kind: p.kind,
    request: p.request,
    townshipCode: p.townshipCode,
    regionCode: p.regionCode,
    regionPath: regionAncestry(p.regionCode),
    receivedOn: p.receivedOn,
    routedEventId,
    status,
    assessment,
    decision: assessment.eligible
      ? null
      : {
          approved: false,
          note: assessment.note,
          rule: assessment.rule,
          decidedOn: assessment.assessedOn,
          decidedBy: `${p.department}:rules`,
          automatic: true,
          decidedAt: at,
        },
  };
}

/**
 * 四(四)1: an officer decides a pending part of their own department; approving needs the
 * department's rules to find the child eligible on the day (the facts may have changed since
 * the part arrived). Null when the decision may be recorded.
 */
export function decisionRefusal(
  part: Pick<WindowPartDocument, 'status' | 'department'>,
  roles: readonly string[],
  approved: boolean,
  now: Assessment,
): DomainError | null {
  if (!roles.includes(DECIDER_ROLE[part.department]))
    return new DomainError(
      'FORBIDDEN',
      `a ${part.department} part is decided by ${DECIDER_ROLE[part.department]}`,
      'forbidden',
      { field: 'input.partId' },
    );
  if (part.status !== 'PENDING')
    return new DomainError('WINDOW_PART_ALREADY_DECIDED', `the part is ${part.status}`, 'conflict', {
      field: 'input.partId',
    });
  if (approved && !now.eligible)
    return new DomainError('WINDOW_PART_NOT_ELIGIBLE', `${now.note} (${now.rule})`, 'precondition', {
      field: 'input.approved',
    });
  return null;
}

/** The decision as assistance receives it. */
export function decidedPayload(
  part: Pick<
    WindowPartDocument,
    'applicationId' | 'partId' | 'childId' | 'kind' | 'regionCode' | 'department'
  >,
  d: WindowPartDecision,
): ApplicationPartDecidedPayload {
  return {
    applicationId: part.applicationId,
    partId: part.partId,
    childId: part.childId,
    kind: part.kind as ApplicationPartDecidedPayload['kind'],
    regionCode: part.regionCode,
    department: part.department,
    approved: d.approved,
    note: d.note,
    rule: d.rule,
    decidedOn: d.decidedOn,
    decidedBy: d.decidedBy,
    automatic: d.automatic,
    amountFen: d.amountFen ?? null,
    recordId: d.recordId ?? null,
  };
}
