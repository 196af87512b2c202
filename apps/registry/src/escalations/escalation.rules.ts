import type { DispatchOverduePayload } from '@qz/contracts';
import { regionAncestry, townshipOf } from '@qz/kernel';

/** Who must acknowledge an escalation: the coordinator's office and the township office. */
export type EscalationParty = 'COORDINATOR' | 'TOWNSHIP';

/** The party a role acknowledges for (a role of neither acknowledges nothing). */
export const PARTY_OF_ROLE: Readonly<Record<string, EscalationParty>> = {
  COORDINATOR: 'COORDINATOR',
  TOWNSHIP_OFFICER: 'TOWNSHIP',
};

export const partiesOf = (roles: readonly string[]): EscalationParty[] => [
  ...new Set(roles.flatMap((r) => (PARTY_OF_ROLE[r] ? [PARTY_OF_ROLE[r]] : []))),
];

/**
 * A first response police did not dispatch in time (四(二)3 requires it at once, 第一时间出警) goes
 * to the coordinator of the case's county (五(二): the women's and children's working committee
 * office coordinates the departments and urges them on) and to the township police report to
 * (四(二)3 通报镇人民政府), each of whom must acknowledge it. A case registered at county level has
 * no township to tell: the coordinator alone.
 */
export function partiesToAcknowledge(regionCode: string): EscalationParty[] {
  return townshipOf(regionCode) ? ['COORDINATOR', 'TOWNSHIP'] : ['COORDINATOR'];
}

/** The stored entry of a dispatch-overdue escalation, before anyone acknowledged it. */
export function overdueDispatchEntry(eventId: string, p: DispatchOverduePayload, raisedAt: Date) {
  const awaiting = partiesToAcknowledge(p.regionCode);
  return {
    _id: eventId,
    kind: 'DISPATCH_OVERDUE' as const,
    caseId: p.caseId,
    childId: p.childId,
    regionCode: p.regionCode,
    regionPath: regionAncestry(p.regionCode),
    situationType: p.situationType,
    receivedAt: new Date(p.receivedAt),
    dispatchDueAt: new Date(p.dispatchDueAt),
    slaMinutes: p.slaMinutes,
    minutesOverdue: p.minutesOverdue,
    detectedAt: new Date(p.detectedAt),
    raisedAt,
    awaitingCoordinator: awaiting.includes('COORDINATOR'),
    awaitingTownship: awaiting.includes('TOWNSHIP'),
    acknowledgements: [],
  };
}
