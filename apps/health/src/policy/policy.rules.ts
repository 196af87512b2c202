import type { CertifiedDisabilityType } from '@qz/contracts';
import { countyOf, type LocalDate } from '@qz/kernel';
import { CITY_CODE } from '../common/region';

/**
 * Policy parameters of 四(三)2 as data: every ratio, amount and cap is a standard with a region, an
 * effective period and a version. Nothing here is a number of the policy; the numbers are data.
 */
export const STANDARD_KINDS = [
  'PREMIUM_CONTRIBUTION',
  'PREMIUM_SUBSIDY',
  'MEDICAL_ASSISTANCE',
  'REHAB',
  'TOMORROW_PLAN',
] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];

/**
 * The types of rehabilitation assistance (四(三)2: 视力、听力、言语、智力、肢体残疾儿童和孤独症儿童).
 * They are not the certificate's categories (CERTIFIED_DISABILITY_TYPES): autism is certified as
 * MENTAL, and a MULTIPLE certificate covers several types (`certificateCovers`).
 */
export const DISABILITY_TYPES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'INTELLECTUAL',
  'PHYSICAL',
  'AUTISM',
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

/**
 * Rule 四(三)2: whether a certificate's category covers rehabilitation of a type: the same type; a
 * MENTAL certificate covers autism (孤独症 is certified as 精神残疾); a MULTIPLE one (多重残疾, two
 * or more of the categories) covers any type.
 */
export function certificateCovers(certified: CertifiedDisabilityType, rehab: DisabilityType): boolean {
  if (certified === 'MULTIPLE') return true;
  if (rehab === 'AUTISM') return certified === 'MENTAL';
  return certified === rehab;
}

export const REHAB_SERVICES = ['SURGERY', 'ASSISTIVE_DEVICE', 'TRAINING'] as const;
export type RehabService = (typeof REHAB_SERVICES)[number];

export const PREMIUM_BASES = ['TEKUN', 'DIBAO', 'SEVERELY_DISABLED'] as const;
export type PremiumBasis = (typeof PREMIUM_BASES)[number];

export const MEDICAL_GROUPS = ['TEKUN', 'ORPHAN', 'DIBAO', 'OTHER_DIFFICULTY'] as const;
export type MedicalGroup = (typeof MEDICAL_GROUPS)[number];

/** What each kind of standard is about, and which values it must carry. */
export const STANDARD_SPECS: Record<
  StandardKind,
  { subjects: readonly string[]; needs: ('amountFen' | 'ratioBp' | 'capFen')[]; meaning: string }
> = {
  PREMIUM_CONTRIBUTION: {
    subjects: ['RESIDENT'],
    needs: ['amountFen'],
    meaning: 'individual contribution to urban-rural resident medical insurance per year',
  },
  PREMIUM_SUBSIDY: {
    subjects: PREMIUM_BASES,
    needs: ['ratioBp'],
    meaning: 'share of the individual contribution paid for the child (capFen optional)',
  },
  MEDICAL_ASSISTANCE: {
    subjects: MEDICAL_GROUPS,
    needs: ['ratioBp', 'capFen'],
    meaning: 'reimbursement ratio of eligible expenses and yearly cap per child',
  },
  REHAB: {
    subjects: DISABILITY_TYPES.flatMap((t) => REHAB_SERVICES.map((s) => `${t}:${s}`)),
    needs: ['ratioBp', 'capFen'],
    meaning: 'share of the cost paid and yearly cap per child, by disability type and service',
  },
  TOMORROW_PLAN: {
    subjects: ['SURGERY'],
    needs: ['ratioBp', 'capFen'],
    meaning: '明天计划 surgery for scattered orphans: share paid and cap per child per year',
  },
};

export interface Standard {
  id: string;
  kind: StandardKind;
  subject: string;
  /** Qinzhou (450700, every county) or one county-level unit. */
  regionCode: string;
  effectiveFrom: LocalDate;
  /** Last day it applies; null while open. */
  effectiveTo: LocalDate | null;
  version: number;
  amountFen: number | null;
  ratioBp: number | null;
  capFen: number | null;
}

/** A standard applies in a region when set for its county or for the whole city. */
export function appliesIn(standard: Pick<Standard, 'regionCode'>, regionCode: string): boolean {
  return standard.regionCode === countyOf(regionCode) || standard.regionCode === CITY_CODE;
}

export const isEffectiveOn = (s: Pick<Standard, 'effectiveFrom' | 'effectiveTo'>, on: LocalDate) =>
  s.effectiveFrom <= on && (s.effectiveTo === null || on <= s.effectiveTo);

/**
 * The standard that decides a case in `regionCode` on `on`: among those effective that day, the
 * county's own before the city's, then the latest period (a new year's standard), then the
 * latest version (a correction). Pure, so a past date always gives the standard of that date.
 */
export function selectStandard<S extends Standard>(
  standards: readonly S[],
  regionCode: string,
  on: LocalDate,
): S | null {
  const candidates = standards.filter((s) => appliesIn(s, regionCode) && isEffectiveOn(s, on));
  candidates.sort(
    (a, b) =>
      Number(b.regionCode !== CITY_CODE) - Number(a.regionCode !== CITY_CODE) ||
      b.effectiveFrom.localeCompare(a.effectiveFrom) ||
      b.version - a.version,
  );
  return candidates[0] ?? null;
}

/** Values a standard of this kind lacks (empty when complete). */
export function missingValues(
  kind: StandardKind,
  values: Partial<Pick<Standard, 'amountFen' | 'ratioBp' | 'capFen'>>,
): string[] {
  return STANDARD_SPECS[kind].needs.filter((k) => values[k] === undefined || values[k] === null);
}
