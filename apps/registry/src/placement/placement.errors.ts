import { DomainError, type ErrorCode } from '@qz/kernel';

const error = (code: ErrorCode, field: string, message: string, details: object = {}) =>
  new DomainError(code, message, undefined, { field, ...details });

/** Refusals of placement decisions and their follow-ups (四(一)2, 四(一)4); each says what to fix. */
export const PlacementErrors = {
  dateInFuture: (field: string, date: string) =>
    error('DATE_IN_FUTURE', field, `${field} ${date} is in the future; record what has happened`),
  beforeBirth: (field: string, date: string, birthDate: string) =>
    error('DATE_BEFORE_BIRTH', field, `${field} ${date} is before the child was born (${birthDate})`),
  notAMinor: (startDate: string) =>
    error(
      'NOT_A_MINOR',
      'input.startDate',
      `the child is 18 or older on ${startDate}; placement is for minors`,
    ),
  startBeforeDecision: (start: string, decided: string) =>
    error(
      'DATE_BEFORE_PREVIOUS_STEP',
      'input.startDate',
      `input.startDate ${start} is before the decision (input.decidedOn ${decided})`,
    ),
  notEligible: (known: string) =>
    error(
      'CHILD_NOT_ELIGIBLE_FOR_PLACEMENT',
      'input.childId',
      `the ledger shows ${known}: civil affairs places an orphan or abandoned infant, a child whose parents ` +
        'cannot act and who has no other guardian, a child the court put under civil affairs, or a rescued ' +
        'child whose parents cannot be found (四(一)2); record the circumstances first',
    ),
  overlap: (id: string, start: string, end: string | null) =>
    error(
      'CARE_PLACEMENT_OVERLAP',
      'input.startDate',
      `the child's placement ${id} started ${start}${end ? ` and ended ${end}` : ''}; a new one starts after that`,
      { placementId: id },
    ),
  notFound: (id: string) =>
    error('CARE_PLACEMENT_NOT_FOUND', 'input.placementId', `the child has no placement ${id}`),
  alreadyEnded: (id: string, on: string) =>
    error('CARE_PLACEMENT_ALREADY_ENDED', 'input.placementId', `placement ${id} already ended on ${on}`),
  endBeforeStart: (end: string, start: string) =>
    error(
      'END_BEFORE_START',
      'input.endedOn',
      `input.endedOn ${end} is before the placement started (${start})`,
    ),
  followUpBeforePlacement: (on: string, first: string | null) =>
    error(
      'FOLLOW_UP_BEFORE_PLACEMENT',
      'input.on',
      first
        ? `input.on ${on} is before the child was first placed (${first})`
        : `the child has no placement; decide one before recording its follow-ups`,
    ),
  notInForce: (on: string) =>
    error('CARE_PLACEMENT_NOT_IN_FORCE', 'input.on', `no placement of the child was in force on ${on}`),
  notAdoption: (type: string) =>
    error(
      'PLACEMENT_NOT_ADOPTION',
      'input.kind',
      `the placement in force is ${type}; the follow-up assessment of care is for an adoption (四(一)4)`,
    ),
};
