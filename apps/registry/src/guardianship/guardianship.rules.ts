import { daysBetween, ageInYears, type LocalDate } from '@qz/kernel';

/** 四(一)3: the agreement migrant parents sign with a capable adult under the village committee's watch. */
export interface EntrustmentAgreement {
  id: string;
  guardianName: string;
  guardianResidentIdNumber: string;
  relationship: string;
  guardianPhone: string | null;
  /** The village (residents') committee that supervised the signing. */
  witnessedBy: string;
  signedOn: LocalDate;
  startDate: LocalDate;
  endDate: LocalDate;
  /** Set when the agreement was ended before its end date: the last day it was in force. */
  endedOn: LocalDate | null;
  endedReason: string | null;
  checks: AgreementCheck[];
  recordedBy: string;
}

/** A check by the village committee or township that the entrusted guardian does the job (监护监督). */
export interface AgreementCheck {
  on: LocalDate;
  by: string;
  guardianPresent: boolean;
  notes: string;
}

/** Days before an agreement's end at which the child is listed and an alert is raised. */
export const ENDING_SOON_DAYS = 30;
/** 四(一)1: a guardian is a capable adult. */
export const GUARDIAN_MIN_AGE = 18;

export type GuardianshipSituation = 'COVERED' | 'NO_AGREEMENT' | 'AGREEMENT_ENDED' | 'AGREEMENT_ENDING_SOON';

export interface GuardianshipState {
  situation: GuardianshipSituation;
  /** Last day of the agreement in force today, or of the last one in force; null if none ever was. */
  validUntil: LocalDate | null;
  daysLeft: number | null;
}

const lastDay = (a: EntrustmentAgreement): LocalDate => a.endedOn ?? a.endDate;

/** The agreement in force on a day (started, not past its end or early end), if any. */
export function agreementInForce(agreements: EntrustmentAgreement[], on: LocalDate) {
  return agreements.find((a) => a.startDate <= on && on <= lastDay(a));
}

/**
 * Rule 四(一)3 with 四(一)1: a left-behind child must have a valid entrusted guardian. Null when the
 * child is not left-behind (the rule does not apply).
 */
export function guardianshipState(
  leftBehind: boolean,
  agreements: EntrustmentAgreement[],
  on: LocalDate,
): GuardianshipState | null {
  if (!leftBehind) return null;
  const current = agreementInForce(agreements, on);
  if (current) {
    const daysLeft = daysBetween(on, lastDay(current));
    return {
      situation: daysLeft <= ENDING_SOON_DAYS ? 'AGREEMENT_ENDING_SOON' : 'COVERED',
      validUntil: lastDay(current),
      daysLeft,
    };
  }
  const past = agreements
    .filter((a) => a.startDate <= on)
    .map(lastDay)
    .sort();
  if (!past.length) return { situation: 'NO_AGREEMENT', validUntil: null, daysLeft: null };
  const validUntil = past[past.length - 1];
  return { situation: 'AGREEMENT_ENDED', validUntil, daysLeft: daysBetween(on, validUntil) };
}

/** Whether a newly computed state is a new alert: a gap not already alerted for the same end date. */
export function isNewAlert(before: GuardianshipState | null | undefined, after: GuardianshipState | null) {
  if (!after || after.situation === 'COVERED') return false;
  return !before || before.situation !== after.situation || before.validUntil !== after.validUntil;
}

/** Two agreements whose terms share a day (early ends count), which a child cannot have. */
export function overlappingAgreement(
  agreements: EntrustmentAgreement[],
  term: { startDate: LocalDate; endDate: LocalDate },
) {
  return agreements.find((a) => a.startDate <= term.endDate && term.startDate <= lastDay(a));
}

/** 四(一)1: the entrusted guardian is an adult on the day of signing. */
export const isCapableAge = (guardianBirthDate: LocalDate, signedOn: LocalDate) =>
  ageInYears(guardianBirthDate, signedOn) >= GUARDIAN_MIN_AGE;

/** 四(一)1: 不得让不满16周岁的儿童脱离监护单独生活 — living alone under 16 is an alert. */
export const LIVING_ALONE_AGE_LIMIT = 16;
export const livingAloneIsAlert = (birthDate: LocalDate, on: LocalDate) =>
  ageInYears(birthDate, on) < LIVING_ALONE_AGE_LIMIT;
