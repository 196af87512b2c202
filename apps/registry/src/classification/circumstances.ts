import { NO_CIRCUMSTANCES, type Circumstances, type ParentStatus } from './classification.rules';

/**
 * Types of disability on a certificate: the certificate's categories the DPF records (in the health
 * service, CERTIFIED_DISABILITY_TYPES), and AUTISM on records entered before they were told apart
 * from the types of rehabilitation assistance.
 */
export const DISABILITY_TYPES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
  'AUTISM',
] as const;
export type DisabilityType = (typeof DISABILITY_TYPES)[number];

/** Household facts beyond what the rules read: where it is, and the certification periods. */
export type StoredHousehold = Circumstances['household'] & {
  address?: string | null;
  /** 户籍: the village or community of the household registration. */
  hukouRegionCode?: string | null;
  dibaoFrom?: string | null;
  lowIncomeFrom?: string | null;
};

/**
 * A child's circumstances as stored: each parent named (null while unknown), with the details a
 * caseworker needs that decide no category (where a migrant parent works, the disability's type
 * and grade, the diagnosis, the school).
 */
export type StoredCircumstances = Omit<Circumstances, 'parents' | 'household'> & {
  household: StoredHousehold;
  father: ParentStatus | null;
  mother: ParentStatus | null;
  fatherWorkplace?: string | null;
  motherWorkplace?: string | null;
  /**
   * From the disability certificate (残疾人证): type and grade 1 (most severe) to 4, as the DPF
   * recorded it (health.disability-certificate.recorded.v1): the date on the certificate and when
   * the DPF recorded it (a later record replaces it, an older one arriving late changes nothing).
   * Records from before the DPF's record was the source have neither date.
   */
  disability?: { type: DisabilityType; grade: number; certifiedOn?: string; recordedAt?: string } | null;
  illnessDiagnosis?: string | null;
  schoolName?: string | null;
};

export const NO_STORED_CIRCUMSTANCES: StoredCircumstances = (() => {
  const { parents: _none, ...rest } = NO_CIRCUMSTANCES;
  return { ...rest, father: null, mother: null };
})();

export function forRules(stored: StoredCircumstances | undefined): Circumstances {
  const s = { ...NO_STORED_CIRCUMSTANCES, ...(stored ?? {}) };
  return {
    parents: [s.father, s.mother].filter((p): p is ParentStatus => p !== null),
    household: {
      dibao: s.household.dibao,
      lowIncome: s.household.lowIncome,
      dibaoUntil: s.household.dibaoUntil ?? null,
      lowIncomeUntil: s.household.lowIncomeUntil ?? null,
    },
    disabilityCertificate: s.disabilityCertificate,
    seriousIllness: s.seriousIllness,
    aidsAffected: s.aidsAffected,
    abandonedInfant: s.abandonedInfant,
    streetChild: s.streetChild,
    traffickingRescued: s.traffickingRescued,
    temporarilyWithoutFamily: s.temporarilyWithoutFamily,
    // Absent on records from before court orders were recorded.
    stateGuardianAppointed: s.stateGuardianAppointed ?? false,
  };
}

/**
 * One recomputation that changed the categories, or a child registered already 16 (its age exit,
 * nothing added or removed); the history is appended, never rewritten.
 */
export interface ClassificationChange {
  at: Date;
  /** The day the change took effect: the 16th birthday for the age exit (三(二)), else the day computed; absent on older entries. */
  effectiveOn?: string;
  categories: string[];
  added: string[];
  removed: string[];
  reason: string;
  decidedBy: string;
}

export interface StoredClassification {
  categories: { category: string; rule: string }[];
  leftBehind: boolean;
  inDifficulty: boolean;
  protectedAsChildInDifficulty: boolean;
  computedOn: string;
}

/** Circumstances as the graph shows them: every detail present, null where not recorded. */
export function circumstancesModel(stored: StoredCircumstances | undefined) {
  const s = { ...NO_STORED_CIRCUMSTANCES, ...(stored ?? {}) };
  const h = s.household;
  return {
    ...s,
    fatherWorkplace: s.fatherWorkplace ?? null,
    motherWorkplace: s.motherWorkplace ?? null,
    disability: s.disability ?? null,
    illnessDiagnosis: s.illnessDiagnosis ?? null,
    schoolName: s.schoolName ?? null,
    household: {
      dibao: h.dibao,
      lowIncome: h.lowIncome,
      dibaoFrom: h.dibaoFrom ?? null,
      dibaoUntil: h.dibaoUntil ?? null,
      lowIncomeFrom: h.lowIncomeFrom ?? null,
      lowIncomeUntil: h.lowIncomeUntil ?? null,
      address: h.address ?? null,
      hukouRegionCode: h.hukouRegionCode ?? null,
    },
  };
}

/** Names of the circumstance fields that differ (household fields as `household.<name>`). */
export function changedFields(before: StoredCircumstances, after: StoredCircumstances): string[] {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((k) => k !== 'household'));
  const household = new Set([...Object.keys(before.household), ...Object.keys(after.household)]);
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const bh = before.household as Record<string, unknown>;
  const ah = after.household as Record<string, unknown>;
  return [
    ...[...keys].filter((k) => differs(b[k], a[k])).map((k) => `circumstances.${k}`),
    ...[...household].filter((k) => differs(bh[k], ah[k])).map((k) => `circumstances.household.${k}`),
  ].sort();
}
