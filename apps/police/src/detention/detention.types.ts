/**
 * 四(一)2: the measures after which police ask a person whether they have minor children to be
 * cared for — administrative detention (行政拘留), criminal detention (刑事拘留), and the other
 * criminal coercive measures that take away liberty (逮捕 and the like).
 */
export const CUSTODY_MEASURES = [
  'ADMINISTRATIVE_DETENTION',
  'CRIMINAL_DETENTION',
  'OTHER_CRIMINAL_COERCIVE_MEASURE',
] as const;
export type CustodyMeasure = (typeof CUSTODY_MEASURES)[number];

/**
 * 四(一)2: who cares for the child — a relative, another adult, the protection (rescue) centre,
 * the children's welfare institution; or nobody was found, and civil affairs arranges it.
 */
export const CARE_ARRANGEMENTS = [
  'RELATIVE',
  'OTHER_ADULT',
  'PROTECTION_CENTRE',
  'WELFARE_INSTITUTION',
  'NONE_FOUND',
] as const;
export type CareArrangement = (typeof CARE_ARRANGEMENTS)[number];

/** Civil affairs' task for a child police found no carer for, until it records the arrangement. */
export interface StoredCareTask {
  openedAt: Date;
  arrangedAt: Date | null;
  arrangedBy: string | null;
  note: string | null;
}

export interface StoredDetaineeChild {
  childId: string;
  /** Where the child lives (the registry's ledger, as police's replica has it). */
  regionCode: string;
  arrangement: CareArrangement;
  /** The relative, adult or institution caring for the child; null while nobody is found. */
  caregiver: string | null;
  careTask: StoredCareTask | null;
}
