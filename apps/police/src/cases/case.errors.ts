import { DomainError, invalidInput, type ErrorCode, type LocalDate } from '@qz/kernel';

/** The police service's case error codes; each message says what to fix. */
export const CaseErrors = {
  notFound: (id: string) =>
    new DomainError('CASE_NOT_FOUND', `no protection case with id ${id}`, 'not_found', {
      field: 'input.caseId',
    }),
  childNotIdentified: () =>
    invalidInput(
      'REPORT_CHILD_MISSING',
      'input.childId',
      'a report names the child (input.childId) or describes an unidentified one (input.childDescription)',
    ),
  childNotFound: (id: string) =>
    new DomainError(
      'CHILD_NOT_FOUND',
      `no child ${id} is known to police yet; check the id, or describe the child in input.childDescription`,
      'not_found',
      { field: 'input.childId' },
    ),
  dateInFuture: (field: string, at: Date | LocalDate) =>
    invalidInput(
      'DATE_IN_FUTURE',
      field,
      `${field} ${typeof at === 'string' ? at : at.toISOString()} is in the future; record what has happened`,
    ),
  dispatchBeforeReport: (at: Date, receivedAt: Date) =>
    invalidInput(
      'DISPATCH_BEFORE_REPORT',
      'input.dispatchedAt',
      `input.dispatchedAt ${at.toISOString()} is before the report was received (${receivedAt.toISOString()})`,
    ),
  temporaryCareNotOpen: () =>
    new DomainError(
      'TEMPORARY_CARE_NOT_OPEN',
      'input.kind: TEMPORARY_CARE_ENDED ends a TEMPORARY_CARE measure of the case still running, and none is',
      'conflict',
      { field: 'input.kind' },
    ),
  temporaryCareOpen: (institution: string | null) =>
    new DomainError(
      'TEMPORARY_CARE_OPEN',
      `the child is still in the temporary care of ${institution ?? 'an institution'}: record TEMPORARY_CARE_ENDED (to whom the child was handed, 四(二)3) before closing the case`,
      'conflict',
      { field: 'input.caseId' },
    ),
  careEndBeforeStart: (at: Date, startedAt: Date) =>
    invalidInput(
      'DATE_BEFORE_PREVIOUS_STEP',
      'input.takenAt',
      `input.takenAt ${at.toISOString()} is before the temporary care began (${startedAt.toISOString()})`,
    ),
  measureBeforeDispatch: (at: Date, dispatchedAt: Date) =>
    invalidInput(
      'MEASURE_BEFORE_DISPATCH',
      'input.takenAt',
      `input.takenAt ${at.toISOString()} is before police were dispatched (${dispatchedAt.toISOString()})`,
    ),
  channelReserved: () =>
    invalidInput(
      'REPORT_CHANNEL_RESERVED',
      'input.channel',
      'DEPARTMENT_EVENT and REGISTRY_ALERT reports come only from other departments’ events',
    ),
  reporterKindNotYours: (kind: string, allowed: readonly string[]) =>
    invalidInput(
      'REPORTER_KIND_NOT_YOURS',
      'input.reporterKind',
      `your role reports as ${allowed.join(' or ')}, not as ${kind} (四(二)2: each duty-bearer enters its own reports)`,
    ),
  anonymity: (code: 'ANONYMOUS_REPORT_NOT_PUBLIC' | 'ANONYMOUS_REPORTER_IDENTIFIED' | 'FIELD_REQUIRED') =>
    ({
      ANONYMOUS_REPORT_NOT_PUBLIC: invalidInput(
        code,
        'input.anonymous',
        'only a member of the public (reporterKind PUBLIC) reports anonymously; a reporting body names its person (四(二)2)',
      ),
      ANONYMOUS_REPORTER_IDENTIFIED: invalidInput(
        code,
        'input.reporterName',
        'an anonymous report carries no reporterName or reporterPhone; leave them out',
      ),
      FIELD_REQUIRED: invalidInput(code, 'input.reporterName', 'a named report gives input.reporterName'),
    })[code],
  channelMismatch: (kind: string, channel: string) =>
    invalidInput(
      'REPORT_CHANNEL_MISMATCH',
      'input.channel',
      `a ${kind} report does not come through ${channel}: the public reports through 110, WeChat, Weibo, the news hotline or an assistance phone; a duty-bearer directly`,
    ),
  measureDetail: (kind: string, field: string) =>
    invalidInput(
      'MEASURE_DETAIL_MISSING',
      `input.${field}`,
      `a ${kind} measure names input.${field} (四(二)3)`,
    ),
  townshipRequired: (regionCode: string) =>
    invalidInput(
      'TOWNSHIP_REQUIRED',
      'input.townshipCode',
      `the case's region ${regionCode} is above township level; name the township (9-digit code) in input.townshipCode`,
    ),
  townshipMismatch: (township: string, regionCode: string) =>
    invalidInput(
      'TOWNSHIP_MISMATCH',
      'input.townshipCode',
      `input.townshipCode ${township} is not the township of the case's region ${regionCode}`,
    ),
  refused: (code: ErrorCode, action: string, status: string) =>
    new DomainError(
      code,
      `cannot ${action} a case that is ${status}: ${
        (
          {
            CASE_CLOSED: 'the case is closed',
            CASE_ALREADY_DISPATCHED: 'police were already dispatched',
            CASE_NOT_DISPATCHED: 'dispatch the case first',
            TOWNSHIP_NOT_NOTIFIED: 'notify the township government first (四(二)3)',
            ASSESSMENT_NOT_RECORDED: 'the township’s assessment must be recorded first (四(二)4)',
          } as Record<string, string>
        )[code] ?? 'not allowed at this step'
      }`,
      'conflict',
      { field: 'input.caseId', status, action },
    ),
  changedConcurrently: (id: string) =>
    new DomainError(
      'CASE_CHANGED_CONCURRENTLY',
      `case ${id} was changed by someone else meanwhile; reload it and try again`,
      'conflict',
      { field: 'input.caseId' },
    ),
};
