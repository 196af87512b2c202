import { Topics } from './topics';

/** The mark of a consumer that issue 15 requires and that is not built yet: the gap stays visible. */
export const MISSING_CONSUMER = 'missing: issue 15';

/**
 * Topics that no service consumes, each with the written reason why (tools/events/
 * event-catalogue.spec.ts fails for a topic with neither a consumer nor a line here, and for a
 * line whose topic has a consumer). A reason starting with MISSING_CONSUMER is a consumer issue 15
 * asks for and that does not exist yet — not a decision that none is needed.
 */
export const UNCONSUMED_TOPICS: Readonly<Partial<Record<string, string>>> = {
  [Topics.RegistryGuardianshipLapsedV1]:
    'a missing or ending agreement is the township’s and village’s task (四(一)3), kept by the registry ' +
    'itself: the follow-up with its deadline is written with the gap, in the registry’s lists ' +
    '(children filtered by guardianshipGap, each with guardianship.followUp); police take only the ' +
    'gap not put right in time (registry.guardianship.escalated)',
  [Topics.RegistryVisitRecordedV1]:
    'the registry’s own record of a visit (risk level, next visit due, supervisors’ overdue visits, ' +
    'indicators): no other department acts on a routine visit; danger found on a visit travels as ' +
    'registry.visit.danger-found, which police take as a report',
  [Topics.PoliceReportReceivedV1]:
    'police’s own record of a report taken in: the case keeps it and police’s indicators read the cases; ' +
    'no other department acts on the receipt (the township acts on the notification, below)',
  [Topics.PoliceCaseDispatchedV1]:
    'police’s own record of the first response (四(二)3): the case keeps it and police’s indicators ' +
    '(minutes to dispatch) read the cases; no other department acts on it',
  [Topics.PoliceTownshipNotifiedV1]:
    'the township’s assessment (四(二)4) is kept by police (apps/police/src/assessment), opened in the ' +
    'same write as the notification; the township works it from the police queue (AWAITING_TOWNSHIP)',
};
