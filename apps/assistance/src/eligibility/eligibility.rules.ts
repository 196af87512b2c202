import type { AssistanceProgramme, CATEGORY_CODES } from '@qz/contracts';
import { ageInYears, type LocalDate } from '@qz/kernel';

type Category = (typeof CATEGORY_CODES)[number];

/** What the rules read: the registry's categories of the child (三) and the child's birth date. */
export interface EligibilityFacts {
  categories: readonly string[];
  birthDate: LocalDate;
}

export interface Eligibility {
  programme: AssistanceProgramme;
  rule: string;
}

const has = (f: EligibilityFacts, ...any: Category[]) => any.some((c) => f.categories.includes(c));
const under = (f: EligibilityFacts, on: LocalDate, years: number) => ageInYears(f.birthDate, on) < years;

/** No legal supporter, or parents who cannot be found: the orphan guarantee (孤儿保障). */
const orphanCase = (f: EligibilityFacts) => has(f, 'ORPHAN', 'ABANDONED_INFANT');
/** Under 16, without capacity to work or income, supporters unable to support: 特困供养. */
const tekunCase = (f: EligibilityFacts, on: LocalDate) =>
  has(f, 'DE_FACTO_UNSUPPORTED') && !orphanCase(f) && under(f, on, 16);

/**
 * The programmes of 四(三)1 a child qualifies for, each with the rule that puts the child there. Pure:
 * the same categories and birth date on the same day always give the same programmes.
 */
export const ELIGIBILITY_RULES: {
  programme: AssistanceProgramme;
  rule: string;
  applies: (f: EligibilityFacts, on: LocalDate) => boolean;
}[] = [
  {
    programme: 'ORPHAN_ALLOWANCE',
    rule: '四(三)1: no legal supporter or parents cannot be found (orphan, abandoned infant) → orphan basic living allowance, until 18',
    applies: (f, on) => orphanCase(f) && under(f, on, 18),
  },
  {
    programme: 'TEKUN_SUPPORT',
    rule: '四(三)1: under 16, no capacity to work or income, legal supporters unable to support (de-facto unsupported) → 特困 support',
    applies: tekunCase,
  },
  {
    programme: 'DIBAO',
    rule: '四(三)1: supporters able to support but the household is poor and holds dibao → dibao with a raised level for children',
    applies: (f, on) => has(f, 'POVERTY_DIBAO') && !orphanCase(f) && !tekunCase(f, on) && under(f, on, 18),
  },
  {
    programme: 'TEMPORARY_ASSISTANCE',
    rule: '四(三)1: sudden, urgent or temporary hardship (rescued from trafficking, temporarily without family) → temporary assistance with a raised level for children',
    applies: (f, on) => has(f, 'TRAFFICKING_RESCUED', 'TEMPORARILY_WITHOUT_FAMILY') && under(f, on, 18),
  },
];

export function eligibleProgrammes(facts: EligibilityFacts, on: LocalDate): Eligibility[] {
  return ELIGIBILITY_RULES.filter((r) => r.applies(facts, on)).map(({ programme, rule }) => ({
    programme,
    rule,
  }));
}
