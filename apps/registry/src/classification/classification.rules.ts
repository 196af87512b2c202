import type { CATEGORY_CODES } from '@qz/contracts';
import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * The categories of 钦政办〔2017〕141号 三「保障范围」, computed from recorded facts. Pure: the same
 * facts on the same date always give the same categories, each with the rule that put it there.
 */
export type Category = (typeof CATEGORY_CODES)[number];

/** What a parent's situation is, as the village committee or a department recorded it. */
export const PARENT_STATUSES = [
  'AT_HOME',
  'MIGRANT_WORKER',
  'DECEASED',
  'MISSING',
  'IMPRISONED',
  'COMPULSORY_DRUG_REHAB',
  'SERIOUSLY_ILL_OR_DISABLED',
] as const;
export type ParentStatus = (typeof PARENT_STATUSES)[number];

/** Everything the rules read besides the birth date; recorded on the child as its circumstances. */
export interface Circumstances {
  /** Father and mother; a parent not recorded counts as unknown and satisfies no rule. */
  parents: ParentStatus[];
  household: {
    dibao: boolean;
    lowIncome: boolean;
    /** Last day of the dibao / low-income certification, when recorded; it counts up to that day. */
    dibaoUntil?: LocalDate | null;
    lowIncomeUntil?: LocalDate | null;
  };
  disabilityCertificate: boolean;
  seriousIllness: boolean;
  aidsAffected: boolean;
  /** Records of police, a court or a welfare institution. */
  abandonedInfant: boolean;
  streetChild: boolean;
  traffickingRescued: boolean;
  temporarilyWithoutFamily: boolean;
  /**
   * A court revoked the guardianship (四(二)5) and appointed civil affairs or a welfare institution
   * as guardian (四(一)2): recorded from police.guardianship.revoked, never entered by hand.
   */
  stateGuardianAppointed: boolean;
}

export type ClassificationFacts = Circumstances & { birthDate: LocalDate };

/** A child of whom nothing but identity is known yet. */
export const NO_CIRCUMSTANCES: Circumstances = {
  parents: [],
  household: { dibao: false, lowIncome: false },
  disabilityCertificate: false,
  seriousIllness: false,
  aidsAffected: false,
  abandonedInfant: false,
  streetChild: false,
  traffickingRescued: false,
  temporarilyWithoutFamily: false,
  stateGuardianAppointed: false,
};

export interface Classification {
  categories: { category: Category; rule: string }[];
  /** In at least one category of 三(一). */
  inDifficulty: boolean;
  leftBehind: boolean;
  /** 三(二) last line: a left-behind child who is also in difficulty is protected as a child in difficulty. */
  protectedAsChildInDifficulty: boolean;
}

/** Statuses in which a parent cannot act as guardian (无监护能力 / 无抚养能力). */
const WITHOUT_CAPACITY: readonly ParentStatus[] = [
  'DECEASED',
  'MISSING',
  'IMPRISONED',
  'COMPULSORY_DRUG_REHAB',
  'SERIOUSLY_ILL_OR_DISABLED',
];

/** A certification with no recorded end, or ending today or later, holds on `on`. */
const certifiedOn = (until: LocalDate | null | undefined, on: LocalDate) => !until || until >= on;

const bothParents = (facts: ClassificationFacts, test: (s: ParentStatus) => boolean) =>
  facts.parents.length === 2 && facts.parents.every(test);

export const RULES: {
  category: Category;
  rule: string;
  applies: (f: ClassificationFacts, on: LocalDate) => boolean;
}[] = [
  {
    category: 'POVERTY_DIBAO',
    rule: '三(一)1: household holds 城乡低保',
    applies: (f, on) => f.household.dibao && certifiedOn(f.household.dibaoUntil, on),
  },
  {
    category: 'POVERTY_LOW_INCOME',
    rule: '三(一)1: household holds low-income certification',
    applies: (f, on) => f.household.lowIncome && certifiedOn(f.household.lowIncomeUntil, on),
  },
  {
    category: 'ORPHAN',
    rule: '三(一)2, 四(三)1: both parents dead or cannot be found',
    applies: (f) => bothParents(f, (s) => s === 'DECEASED' || s === 'MISSING'),
  },
  {
    category: 'ABANDONED_INFANT',
    rule: '三(一)2: recorded as an abandoned infant',
    applies: (f) => f.abandonedInfant,
  },
  {
    category: 'DE_FACTO_UNSUPPORTED',
    rule:
      '三(一)2: neither parent can support the child (prison, compulsory rehab, serious illness or disability, missing or dead), ' +
      'or a court revoked the guardianship and appointed civil affairs or a welfare institution (四(一)2, 四(二)5); and not an orphan',
    applies: (f) =>
      (bothParents(f, (s) => WITHOUT_CAPACITY.includes(s)) || f.stateGuardianAppointed) &&
      !bothParents(f, (s) => s === 'DECEASED' || s === 'MISSING'),
  },
  { category: 'STREET_CHILD', rule: '三(一)2: recorded as a street child', applies: (f) => f.streetChild },
  {
    category: 'DISABLED',
    rule: '三(一)3: holds a disability certificate',
    applies: (f) => f.disabilityCertificate,
  },
  {
    category: 'SERIOUSLY_ILL',
    rule: '三(一)3: diagnosed with a serious illness',
    applies: (f) => f.seriousIllness,
  },
  { category: 'AIDS_AFFECTED', rule: '三(一)3: affected by AIDS', applies: (f) => f.aidsAffected },
  {
    category: 'TRAFFICKING_RESCUED',
    rule: '三(一)4: rescued from trafficking (police record)',
    applies: (f) => f.traffickingRescued,
  },
  {
    category: 'TEMPORARILY_WITHOUT_FAMILY',
    rule: '三(一)4: temporarily without family support (police or court record)',
    applies: (f) => f.temporarilyWithoutFamily,
  },
  {
    category: 'LEFT_BEHIND',
    rule: '三(二): under 16, and both parents work away, or one works away and the other has no guardianship capacity',
    applies: (f, on) => {
      if (!isAgeWithin(f.birthDate, on, 0, 16) || f.parents.length !== 2) return false;
      const away = f.parents.filter((s) => s === 'MIGRANT_WORKER').length;
      return away === 2 || (away === 1 && f.parents.some((s) => WITHOUT_CAPACITY.includes(s)));
    },
  },
];

export function classify(facts: ClassificationFacts, on: LocalDate): Classification {
  const categories = RULES.filter((r) => r.applies(facts, on)).map(({ category, rule }) => ({
    category,
    rule,
  }));
  const leftBehind = categories.some((c) => c.category === 'LEFT_BEHIND');
  const inDifficulty = categories.some((c) => c.category !== 'LEFT_BEHIND');
  return { categories, inDifficulty, leftBehind, protectedAsChildInDifficulty: leftBehind && inDifficulty };
}
