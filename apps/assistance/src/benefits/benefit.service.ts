import { Inject, Injectable } from '@nestjs/common';
import {
  BenefitChangedV1,
  BenefitEndedV1,
  BenefitGrantedV1,
  BenefitSuspendedV1,
  type Actor,
  type AssistanceProgramme,
} from '@qz/contracts';
import { ChildReplicaRepository } from '@qz/child-replica';
import { addDays, localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import { checkAmount } from '../shared/amounts';
import { AssistanceErrors } from '../shared/assistance.errors';
import { childLock } from '../shared/child-lock';
import { StandardsService } from '../standards/standards.service';
import { benefitEvent } from './benefit.events';
import { BenefitRepository, type Benefit } from './benefit.repository';
import { defaultEndDate, overlaps, transition, type BenefitAction } from './benefit.rules';
import type { BenefitChange, BenefitDocument } from './benefit.schema';

/**
 * Benefit ids granted from a decision (a proposal, an application's part) derive from it, so the
 * same decision taken twice cannot grant twice.
 */
const FROM_DECISION = 'a4b1c0de-6b7a-4c55-9f63-6f0e0c3d2a11';
export const benefitIdForProposal = (proposalId: string) => uuidv5(proposalId, FROM_DECISION);
export const benefitIdForApplicationPart = (applicationId: string, partId: string) =>
  uuidv5(`application:${applicationId}:${partId}`, FROM_DECISION);

export interface GrantSpec {
  childId: string;
  programme: AssistanceProgramme;
  startDate: string;
  endDate?: string | null;
  monthlyAmountFen?: number | null;
  reason: string;
  proposalId?: string;
  /** The benefit's id when it comes from another decision (see benefitIdForApplicationPart). */
  benefitId?: string;
}

/** Who ends benefits whose term is over. */
export const TERM_SWEEP: Actor = { kind: 'system', id: 'assistance:term-sweep' };

const TERM_END: Record<AssistanceProgramme, string> = {
  ORPHAN_ALLOWANCE: 'the child came of age, 18',
  DIBAO: 'the child came of age, 18',
  TEKUN_SUPPORT: 'the child turned 16',
  TEMPORARY_ASSISTANCE: 'the temporary assistance ran its course',
};

const PAST = { suspend: 'suspended', resume: 'resumed', end: 'ended', change: 'changed' } as const;

/**
 * Grants, changes, suspends and ends children's benefits. Each change and its event are written in
 * one write; every check runs before anything is written.
 */
@Injectable()
export class BenefitService {
  constructor(
    private readonly benefits: BenefitRepository,
    private readonly replicas: ChildReplicaRepository,
    private readonly standards: StandardsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Grants a benefit; the caller holds `childLock` for the child (see ProposalService.accept). */
  async grantLocked(spec: GrantSpec, actor: Actor): Promise<Benefit> {
    const child = await this.replicas.findById(spec.childId);
    if (!child) throw AssistanceErrors.childNotFound(spec.childId);
    const startDate = parseLocalDate(spec.startDate, 'input.startDate');
    const endDate =
      spec.endDate != null
        ? parseLocalDate(spec.endDate, 'input.endDate')
        : defaultEndDate(spec.programme, child.birthDate, startDate);
    if (endDate < startDate) throw AssistanceErrors.endBeforeStart(startDate, endDate);
    const monthlyAmountFen =
      spec.monthlyAmountFen != null
        ? checkAmount(spec.monthlyAmountFen)
        : await this.standards.childAmountFen(spec.programme, child.regionCode, startDate);
    const clash = (await this.benefits.findByChild(spec.childId)).find(
      (b) => b.programme === spec.programme && overlaps(b, { startDate, endDate }),
    );
    if (clash) throw AssistanceErrors.overlap(spec.programme, clash);

    const at = this.clock.now();
    const benefit: BenefitDocument = {
      _id: spec.benefitId ?? (spec.proposalId ? benefitIdForProposal(spec.proposalId) : uuidv7()),
      childId: spec.childId,
      regionCode: child.regionCode,
      programme: spec.programme,
      status: 'ACTIVE',
      monthlyAmountFen,
      startDate,
      endDate,
      proposalId: spec.proposalId ?? null,
      reason: spec.reason,
      grantedAt: at,
      grantedBy: actor.id,
      history: [],
      revision: 1,
    };
    benefit.history = [this.historyEntry(benefit, 'grant', startDate, spec.reason, actor, at)];
    const event = benefitEvent(BenefitGrantedV1, benefit, {
      reason: spec.reason,
      effectiveDate: startDate,
      actor,
      at,
    });
    return this.benefits.insert(benefit, [event], () =>
      spec.proposalId
        ? AssistanceErrors.proposalDecided(spec.proposalId, 'ACCEPTED')
        : AssistanceErrors.changedConcurrently('benefit', benefit._id),
    );
  }

  async grant(spec: GrantSpec, actor: Actor): Promise<Benefit> {
    return childLock.run(spec.childId, () => this.grantLocked(spec, actor));
  }

  suspend(benefitId: string, reason: string, actor: Actor) {
    return this.change(benefitId, 'suspend', reason, actor, (_b, today) => ({ effectiveDate: today }));
  }

  resume(benefitId: string, reason: string, actor: Actor) {
    return this.change(benefitId, 'resume', reason, actor, (_b, today) => ({ effectiveDate: today }));
  }

  /** Ends a benefit; `endDate` is the last day paid. */
  end(benefitId: string, endDate: string, reason: string, actor: Actor) {
    const last = parseLocalDate(endDate, 'input.endDate');
    return this.change(benefitId, 'end', reason, actor, (b) => {
      if (last < b.startDate) throw AssistanceErrors.endBeforeStart(b.startDate, last);
      return { endDate: last, effectiveDate: addDays(last, 1) };
    });
  }

  /**
   * Ends every benefit whose last paid day is before today (e.g. the child came of age), with a
   * BenefitEnded event each. Returns how many ended. Safe to run any time.
   */
  async endExpired(): Promise<number> {
    const today = localDateInChina(this.clock.now());
    let ended = 0;
    for (const b of await this.benefits.findOpenIn('')) {
      if (!b.endDate || b.endDate >= today) continue;
      const reason = `the term ended on ${b.endDate} (${TERM_END[b.programme]})`;
      try {
        await this.change(b.id, 'end', reason, TERM_SWEEP, (x) => ({
          endDate: x.endDate ?? b.endDate ?? today,
          effectiveDate: addDays(x.endDate ?? today, 1),
        }));
        ended += 1;
      } catch {
        // Changed by a person meanwhile: the next run looks at it again.
      }
    }
    return ended;
  }

  /** A new amount (e.g. a new year's standard) or a new last day, from today. */
  amend(
    benefitId: string,
    change: { monthlyAmountFen?: number | null; endDate?: string | null },
    reason: string,
    actor: Actor,
  ) {
    const amount = change.monthlyAmountFen != null ? checkAmount(change.monthlyAmountFen) : undefined;
    const last = change.endDate != null ? parseLocalDate(change.endDate, 'input.endDate') : undefined;
    return this.change(benefitId, 'change', reason, actor, (b, today) => {
      if (last !== undefined && last < b.startDate) throw AssistanceErrors.endBeforeStart(b.startDate, last);
      return { monthlyAmountFen: amount, endDate: last, effectiveDate: today };
    });
  }

  private async change(
    benefitId: string,
    action: BenefitAction,
    reason: string,
    actor: Actor,
    decide: (
      b: Benefit,
      today: string,
    ) => { effectiveDate: string; monthlyAmountFen?: number; endDate?: string },
  ): Promise<Benefit> {
    const found = await this.benefits.findById(benefitId);
    if (!found) throw AssistanceErrors.benefitNotFound(benefitId);
    return childLock.run(found.childId, async () => {
      const b = (await this.benefits.findById(benefitId)) as Benefit;
      const status = transition(b.status, action);
      if (!status) throw AssistanceErrors.benefitTransition(b.id, b.status, PAST[action]);
      const at = this.clock.now();
      const decided = decide(b, localDateInChina(at));
      const next = {
        ...b,
        _id: b.id,
        status,
        monthlyAmountFen: decided.monthlyAmountFen ?? b.monthlyAmountFen,
        endDate: decided.endDate ?? b.endDate,
      };
      const contract = {
        suspend: BenefitSuspendedV1,
        resume: BenefitChangedV1,
        change: BenefitChangedV1,
        end: BenefitEndedV1,
      }[action];
      const entry = this.historyEntry(next, action, decided.effectiveDate, reason, actor, at);
      const ok = await this.benefits.updateAtRevision(
        b.id,
        b.revision,
        {
          $set: { status, monthlyAmountFen: next.monthlyAmountFen, endDate: next.endDate },
          $push: { history: entry },
        },
        [benefitEvent(contract, next, { reason, effectiveDate: decided.effectiveDate, actor, at })],
      );
      if (!ok) throw AssistanceErrors.changedConcurrently('benefit', b.id);
      return (await this.benefits.findById(b.id)) as Benefit;
    });
  }

  private historyEntry(
    b: Pick<BenefitDocument, 'status' | 'monthlyAmountFen' | 'endDate'>,
    action: BenefitChange['action'],
    effectiveDate: string,
    reason: string,
    actor: Actor,
    at: Date,
  ): BenefitChange {
    return {
      at,
      action,
      status: b.status,
      monthlyAmountFen: b.monthlyAmountFen,
      endDate: b.endDate,
      effectiveDate,
      reason,
      by: actor.id,
    };
  }

  findById(id: string) {
    return this.benefits.findById(id);
  }

  /** Many children's benefits in one store query (the graph's DataLoader batch). */
  findByChildren(childIds: readonly string[]) {
    return this.benefits.findByChildren(childIds);
  }
}
