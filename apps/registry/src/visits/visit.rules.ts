import { addDays, type LocalDate } from '@qz/kernel';
import type { DangerSign, RISK_FLAGS } from '@qz/contracts';

export type RiskFlag = (typeof RISK_FLAGS)[number];
export type RiskLevel = 'LOW' | 'MEDIUM' | 'HIGH';
const ORDER: RiskLevel[] = ['LOW', 'MEDIUM', 'HIGH'];

/**
 * Days until the next visit by risk level. The policy (四(一)4, 四(二)1) asks for regular visits
 * (定期走访) without numbers; these are the county's working setting, kept here in one place.
 */
export const VISIT_INTERVAL_DAYS: Record<RiskLevel, number> = { HIGH: 7, MEDIUM: 30, LOW: 90 };
/** A newly registered child is first visited within this many days. */
export const FIRST_VISIT_WITHIN_DAYS = 30;

/** Flags that mean the child may be in danger now (四(二)3 situations): high risk at once. */
const DANGER: readonly RiskFlag[] = [
  'NO_GUARDIAN_PRESENT',
  'LIVING_ALONE',
  'SIGNS_OF_ABUSE',
  'NO_FOOD_OR_SHELTER',
];

/**
 * The risk a visit's findings show: a danger sign or a danger flag is HIGH, any other flag MEDIUM,
 * none LOW.
 */
export function riskFromFlags(flags: readonly RiskFlag[], signs: readonly DangerSign[] = []): RiskLevel {
  if (signs.length || flags.some((f) => DANGER.includes(f))) return 'HIGH';
  return flags.length ? 'MEDIUM' : 'LOW';
}

/** A caseworker may judge the risk higher than the flags show, never lower. */
export const higherRisk = (a: RiskLevel, b: RiskLevel | undefined): RiskLevel =>
  b && ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a;

export const nextVisitDue = (visitedOn: LocalDate, risk: RiskLevel): LocalDate =>
  addDays(visitedOn, VISIT_INTERVAL_DAYS[risk]);

/**
 * 四(二)2–3: a visit that finds any danger sign is a report to police, with the visit as its
 * source (the visitors — village committee, social workers, cadres — owe the report): the signs to
 * report, each once, or null when the visit found none.
 */
export function dangerToReport(signs: readonly DangerSign[]): DangerSign[] | null {
  const unique = [...new Set(signs)];
  return unique.length ? unique : null;
}
