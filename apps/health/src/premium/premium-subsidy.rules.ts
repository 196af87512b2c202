import { applyRatio } from '../common/money';
import type { PremiumBasis } from '../policy/policy.rules';

export interface PremiumCandidate {
  basis: PremiumBasis;
  because: string;
  ratioBp: number;
  capFen: number | null;
}

export interface PremiumComputation {
  basis: PremiumBasis | null;
  contributionFen: number;
  ratioBp: number;
  capFen: number | null;
  amountFen: number;
  rule: string;
}

export const NO_GROUND_RULE =
  '四(三)2: no ground for a premium subsidy (not in 特困 support, not of a dibao household, not severely disabled)';

/**
 * Rule 四(三)2: the subsidy of the individual contribution to resident medical insurance. Each
 * ground gives contribution × ratio (rounded down to the fen), capped when its standard has a
 * cap; a child with several grounds gets the most favourable one (full for 特困 support).
 */
export function computePremiumSubsidy(
  contributionFen: number,
  candidates: readonly PremiumCandidate[],
): PremiumComputation {
  let best: PremiumComputation = {
    basis: null,
    contributionFen,
    ratioBp: 0,
    capFen: null,
    amountFen: 0,
    rule: NO_GROUND_RULE,
  };
  for (const c of candidates) {
    const byRatio = applyRatio(contributionFen, c.ratioBp);
    const amountFen = Math.min(byRatio, c.capFen ?? byRatio, contributionFen);
    if (best.basis === null || amountFen > best.amountFen) {
      best = {
        basis: c.basis,
        contributionFen,
        ratioBp: c.ratioBp,
        capFen: c.capFen,
        amountFen,
        rule: c.because,
      };
    }
  }
  return best;
}
