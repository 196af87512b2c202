import type { GuardianshipRevokedPayload } from '@qz/contracts';

/** A court's revocation of a guardian and appointment of another (四(二)5), as the ledger keeps it. */
export interface CourtGuardianshipOrder {
  caseId: string;
  petitionId: string;
  court: string;
  decidedOn: string;
  grounds: string[];
  formerGuardian: string;
  newGuardian: { kind: GuardianshipRevokedPayload['newGuardian']['kind']; name: string };
  /** The police event that brought it. */
  eventId: string;
}

/**
 * 四(一)2: a child for whom the court appointed civil affairs as guardian is taken in by a children's
 * welfare institution — the state, not the family, now supports the child (三(一)2 家庭监护缺失,
 * de-facto unsupported). A relative or another person appointed by the court takes the family's
 * place: the order is recorded, the categories stay as the parents' facts give them.
 */
export const stateTakesGuardianship = (kind: CourtGuardianshipOrder['newGuardian']['kind']): boolean =>
  kind === 'CIVIL_AFFAIRS' || kind === 'WELFARE_INSTITUTION';

export const courtOrderOf = (eventId: string, p: GuardianshipRevokedPayload): CourtGuardianshipOrder => ({
  caseId: p.caseId,
  petitionId: p.petitionId,
  court: p.court,
  decidedOn: p.decidedOn,
  grounds: [...p.grounds],
  formerGuardian: p.formerGuardian,
  newGuardian: { ...p.newGuardian },
  eventId,
});

/**
 * Whether the state is the child's guardian after the recorded orders: the latest order decides
 * (a later order may give the child back to a relative).
 */
export function stateGuardianAfter(orders: readonly CourtGuardianshipOrder[]): boolean {
  const latest = [...orders].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn)).at(-1);
  return latest ? stateTakesGuardianship(latest.newGuardian.kind) : false;
}
