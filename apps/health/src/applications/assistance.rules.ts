import { ageInYears, type LocalDate } from '@qz/kernel';
import { applyRatio } from '../common/money';
import { certifiedTypeOf, type CertifiedDisabilityType } from '@qz/contracts';
import { certificateCovers, type DisabilityType, type RehabService } from '../policy/policy.rules';
import { isRehabAssistanceAge } from '../child-health/child-health.rule';

export interface AssistanceComputation {
  costFen: number;
  ratioBp: number;
  capFen: number;
  usedThisYearFen: number;
  /** cost × ratio, rounded down to the fen. */
  byRatioFen: number;
  /** What is left of the yearly cap. */
  remainingCapFen: number;
  amountFen: number;
}

/**
 * Rule 四(三)2 (medical assistance with a raised ratio and cap; rehabilitation assistance): the
 * amount paid is the cost times the reimbursement ratio, never more than what is left of the
 * child's yearly cap after what was already approved this year.
 */
export function computeAssistance(
  costFen: number,
  ratioBp: number,
  capFen: number,
  usedThisYearFen: number,
): AssistanceComputation {
  const byRatioFen = applyRatio(costFen, ratioBp);
  const remainingCapFen = Math.max(0, capFen - usedThisYearFen);
  return {
    costFen,
    ratioBp,
    capFen,
    usedThisYearFen,
    byRatioFen,
    remainingCapFen,
    amountFen: Math.min(byRatioFen, remainingCapFen),
  };
}

export interface Refusal {
  code: string;
  reason: string;
  rule: string;
}

export interface RehabCase {
  programme: 'REHAB' | 'TOMORROW_PLAN';
  birthDate: LocalDate;
  serviceDate: LocalDate;
  type: DisabilityType;
  service: RehabService;
  /** The child's recorded disability certificate, if any. */
  disability: { type: CertifiedDisabilityType; certifiedOn: LocalDate } | null;
  categories: string[];
}

const REHAB_RULE =
  '四(三)2: rehabilitation assistance for children aged 0–6 with vision, hearing, speech, intellectual or physical disability, or autism';
const TOMORROW_RULE = '四(三)2: scattered orphans are covered by 残疾孤儿手术康复明天计划';

/**
 * Rule 四(三)2: eligibility of a rehabilitation application, checked on the service date: the
 * age (0–6, for rehabilitation assistance), the disability type on a certificate recorded by then,
 * and for 明天计划 being an orphan. Null when eligible.
 */
export function rehabRefusal(c: RehabCase): Refusal | null {
  if (c.programme === 'REHAB' && !isRehabAssistanceAge(c.birthDate, c.serviceDate)) {
    const age = ageInYears(c.birthDate, c.serviceDate);
    return {
      code: 'REHAB_AGE_NOT_ELIGIBLE',
      reason: `the child was ${age} on the service date ${c.serviceDate}; rehabilitation assistance covers children aged 0 to 6`,
      rule: REHAB_RULE,
    };
  }
  if (c.programme === 'TOMORROW_PLAN' && !c.categories.includes('ORPHAN')) {
    return {
      code: 'TOMORROW_PLAN_NOT_ORPHAN',
      reason: 'the child is not recorded as an orphan in the registry; 明天计划 covers scattered orphans',
      rule: TOMORROW_RULE,
    };
  }
  if (
    !c.disability ||
    !certificateCovers(certifiedTypeOf(c.disability.type), c.type) ||
    c.disability.certifiedOn > c.serviceDate
  ) {
    const recorded = c.disability
      ? `the recorded certificate is ${c.disability.type} of ${c.disability.certifiedOn}`
      : 'no disability certificate is recorded';
    return {
      code: 'DISABILITY_TYPE_NOT_CERTIFIED',
      reason: `the application is for ${c.type} disability but ${recorded} as of the service date ${c.serviceDate}`,
      rule: c.programme === 'REHAB' ? REHAB_RULE : TOMORROW_RULE,
    };
  }
  return null;
}
