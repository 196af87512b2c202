import { Inject, Injectable } from '@nestjs/common';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { type ChildFacts, ChildFactsRepository } from '../facts/child-facts.repository';
import { premiumBases } from '../facts/facts.rules';
import { applied, PolicyService } from '../policy/policy.service';
import { computePremiumSubsidy, type PremiumCandidate } from './premium-subsidy.rules';
import { PremiumSubsidyRepository, type PremiumSubsidy } from './premium-subsidy.repository';
import type { PremiumDecision } from './premium-subsidy.schema';

const MAX_RACES = 5;

export const SWEEP_CAUSE = 'premium sweep (a new year, or a benefit past its last paid day)';

const sameDecision = (a: PremiumDecision, b: PremiumDecision) =>
  a.basis === b.basis &&
  a.amountFen === b.amountFen &&
  a.contributionFen === b.contributionFen &&
  a.subsidyStandard?.standardId === b.subsidyStandard?.standardId &&
  a.contributionStandard.standardId === b.contributionStandard.standardId;

const decisionOf = (s: PremiumSubsidy): PremiumDecision => ({
  basis: s.basis,
  contributionFen: s.contributionFen,
  ratioBp: s.ratioBp,
  capFen: s.capFen,
  amountFen: s.amountFen,
  rule: s.rule,
  contributionStandard: s.contributionStandard,
  subsidyStandard: s.subsidyStandard,
  computedOn: s.computedOn,
  computedAt: s.computedAt,
  cause: s.cause,
});

/**
 * Keeps each child's premium subsidy of the current contribution year equal to what rule 四(三)2
 * gives for the child's facts today, with the standards of today. Safe to call any number of
 * times: the same facts give the same decision, and an unchanged decision is not written again.
 */
export type { PremiumSubsidy };

@Injectable()
export class PremiumSubsidyService {
  constructor(
    private readonly subsidies: PremiumSubsidyRepository,
    private readonly facts: ChildFactsRepository,
    private readonly policy: PolicyService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Recomputes one child; tells whether a decision was made or changed. `known`: the child's facts
   * as the caller just wrote them (spares reading them again); a race reads them afresh.
   */
  async recompute(childId: string, cause: string, known?: ChildFacts): Promise<'changed' | 'unchanged'> {
    for (let race = 0; race < MAX_RACES; race++) {
      const outcome = await this.tryRecompute(childId, cause, race === 0 ? known : undefined);
      if (outcome !== 'conflict') return outcome;
    }
    throw new Error(`premium subsidy of ${childId} kept changing while being recomputed`);
  }

  /**
   * Recomputes every child health knows facts of: on a new year the year's decision is made with
   * the new year's standards (last year's stays as it is), and a benefit past its last paid day
   * stops counting without waiting for an event. Returns how many decisions were made or changed.
   */
  async sweep(): Promise<number> {
    let changed = 0;
    const failed: string[] = [];
    for (const childId of await this.facts.allIds()) {
      try {
        if ((await this.recompute(childId, SWEEP_CAUSE)) === 'changed') changed += 1;
      } catch (error) {
        failed.push(`${childId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failed.length) {
      throw new Error(`premium sweep: ${failed.length} children failed (${failed.slice(0, 3).join('; ')})`);
    }
    return changed;
  }

  private async tryRecompute(
    childId: string,
    cause: string,
    known?: ChildFacts,
  ): Promise<'changed' | 'unchanged' | 'conflict'> {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const year = Number(today.slice(0, 4));
    const facts = known ?? (await this.facts.get(childId));
    // The facts' region is the replica's (the registry's copy), else the last benefit's.
    const regionCode = facts.regionCode;
    if (!regionCode) return 'unchanged'; // nothing known of the child's region yet; the next event recomputes
    const id = `${childId}:${year}`;
    const existing = await this.subsidies.findById(id);
    const bases = premiumBases(facts, today);
    if (!existing && bases.length === 0) return 'unchanged'; // no subsidy and none before: nothing to record

    const contribution = await this.policy.require('PREMIUM_CONTRIBUTION', 'RESIDENT', regionCode, today);
    const candidates: (PremiumCandidate & {
      standard: NonNullable<Awaited<ReturnType<PolicyService['find']>>>;
    })[] = [];
    for (const b of bases) {
      const standard = await this.policy.find('PREMIUM_SUBSIDY', b.basis, regionCode, today);
      if (standard)
        candidates.push({ ...b, ratioBp: standard.ratioBp ?? 0, capFen: standard.capFen, standard });
    }
    const result = computePremiumSubsidy(contribution.amountFen ?? 0, candidates);
    const chosen = candidates.find((c) => c.basis === result.basis);
    const decision: PremiumDecision = {
      ...result,
      contributionStandard: applied(contribution),
      subsidyStandard: chosen ? applied(chosen.standard) : null,
      computedOn: today,
      computedAt: now,
      cause,
    };
    if (!existing) {
      return (await this.subsidies.create({ _id: id, childId, year, regionCode, ...decision }))
        ? 'changed'
        : 'conflict';
    }
    if (sameDecision(decisionOf(existing), decision)) return 'unchanged';
    return (await this.subsidies.replace(id, existing.revision, decision, decisionOf(existing)))
      ? 'changed'
      : 'conflict';
  }

  /** Many children's subsidy decisions in one store query (the graph's DataLoader batch). */
  findByChildIds(childIds: readonly string[]) {
    return this.subsidies.findByChildIds(childIds);
  }
}
