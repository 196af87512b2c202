import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Actor, ChildClassifiedPayload, Envelope } from '@qz/contracts';
import { ChildReplicaHooks, ChildReplicaRepository, type ChildReplica } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { BenefitRepository, type Benefit } from '../benefits/benefit.repository';
import { benefitIdForProposal, BenefitService, type GrantSpec } from '../benefits/benefit.service';
import { AssistanceErrors } from '../shared/assistance.errors';
import { childLock } from '../shared/child-lock';
import { eligibleProgrammes } from './eligibility.rules';
import { ProposalRepository, type Proposal } from './proposal.repository';
import type { ProposalStatus } from './proposal.schema';

const SYSTEM: Actor = { kind: 'system', id: 'assistance:eligibility' };

/** A programme is covered while the child has a benefit from it that is not ended, or an open proposal. */
export const covered = (programme: string, benefits: readonly Benefit[], proposals: readonly Proposal[]) =>
  benefits.some((b) => b.programme === programme && b.status !== 'ENDED') ||
  proposals.some((p) => p.programme === programme && p.status === 'PENDING');

export interface CoverageGap {
  childId: string;
  regionCode: string;
  programme: string;
  rule: string;
  /** How the last proposal of this programme ended, if there was one (e.g. REJECTED). */
  lastProposalStatus: string | null;
}

/**
 * Proposes the programmes of 四(三)1 a child qualifies for when the registry classifies the child,
 * and records a caseworker's acceptance (granting the benefit) or rejection.
 */
@Injectable()
export class ProposalService implements OnModuleInit {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly benefits: BenefitRepository,
    private readonly benefitService: BenefitService,
    private readonly replicas: ChildReplicaRepository,
    private readonly hooks: ChildReplicaHooks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.onClassified((event, child, stale) =>
      stale ? Promise.resolve() : this.onClassified(event, child),
    );
    // The registration travels on another topic and may come after the classification.
    this.hooks.onRegistered((child) => this.onChildKnown(child));
  }

  /**
   * The registry (re)classified a child (the replica holds the categories now): proposes each
   * programme the child now qualifies for and is not covered by, and withdraws open proposals the
   * child no longer qualifies for. Idempotent. A child not registered here yet waits for it.
   */
  async onClassified(event: Envelope<ChildClassifiedPayload>, child: ChildReplica | null): Promise<void> {
    if (!child) return;
    await this.reconcile(child, child.categories, event.id, event.payload.reason);
  }

  /** The child's registration arrived: the proposals of a classification that came first. */
  async onChildKnown(child: ChildReplica): Promise<void> {
    if (!child.categoriesEventId || !child.categories.length) return;
    await this.reconcile(child, child.categories, child.categoriesEventId, child.categoriesReason ?? '');
  }

  private async reconcile(child: ChildReplica, categories: string[], eventId: string, reason: string) {
    await childLock.run(child.id, async () => {
      const now = this.clock.now();
      const eligible = eligibleProgrammes({ categories, birthDate: child.birthDate }, localDateInChina(now));
      const [benefits, proposals] = await Promise.all([
        this.benefits.findByChild(child.id),
        this.proposals.findByChild(child.id),
      ]);
      for (const { programme, rule } of eligible) {
        if (covered(programme, benefits, proposals)) continue;
        await this.proposals.propose({
          _id: `${eventId}:${programme}`,
          childId: child.id,
          regionCode: child.regionCode,
          programme,
          rule,
          status: 'PENDING',
          proposedAt: now,
          sourceEventId: eventId,
          decidedAt: null,
          decidedBy: null,
          decisionReason: null,
          benefitId: null,
        });
      }
      for (const open of proposals.filter((p) => p.status === 'PENDING')) {
        if (eligible.some((e) => e.programme === open.programme)) continue;
        await this.proposals.decide(open.id, {
          status: 'WITHDRAWN',
          decidedAt: now,
          decidedBy: SYSTEM.id,
          decisionReason: `no longer qualifies: the registry reclassified the child (${reason})`,
        });
      }
    });
  }

  /** Accepts a pending proposal: grants its benefit (BenefitGranted) and marks it accepted. */
  async accept(
    proposalId: string,
    grant: Omit<GrantSpec, 'childId' | 'programme' | 'proposalId'>,
    actor: Actor,
  ) {
    const found = await this.proposals.findById(proposalId);
    if (!found) throw AssistanceErrors.proposalNotFound(proposalId);
    return childLock.run(found.childId, async () => {
      const proposal = (await this.proposals.findById(proposalId)) as Proposal;
      if (proposal.status !== 'PENDING') throw AssistanceErrors.proposalDecided(proposal.id, proposal.status);
      const earlier = await this.benefits.findById(benefitIdForProposal(proposalId));
      if (earlier) {
        // An accept that stopped between granting and marking the proposal: finish it, grant nothing.
        await this.proposals.decide(proposalId, {
          status: 'ACCEPTED',
          decidedAt: earlier.grantedAt,
          decidedBy: earlier.grantedBy,
          decisionReason: earlier.reason,
          benefitId: earlier.id,
        });
        throw AssistanceErrors.proposalDecided(proposal.id, 'ACCEPTED');
      }
      const benefit = await this.benefitService.grantLocked(
        { ...grant, childId: proposal.childId, programme: proposal.programme, proposalId },
        actor,
      );
      await this.proposals.decide(proposalId, {
        status: 'ACCEPTED',
        decidedAt: this.clock.now(),
        decidedBy: actor.id,
        decisionReason: grant.reason,
        benefitId: benefit.id,
      });
      return { proposal: (await this.proposals.findById(proposalId)) as Proposal, benefit };
    });
  }

  async reject(proposalId: string, reason: string, actor: Actor): Promise<Proposal> {
    const found = await this.proposals.findById(proposalId);
    if (!found) throw AssistanceErrors.proposalNotFound(proposalId);
    return childLock.run(found.childId, async () => {
      const decided = await this.proposals.decide(proposalId, {
        status: 'REJECTED',
        decidedAt: this.clock.now(),
        decidedBy: actor.id,
        decisionReason: reason,
      });
      const now = (await this.proposals.findById(proposalId)) as Proposal;
      if (!decided) throw AssistanceErrors.proposalDecided(proposalId, now.status);
      return now;
    });
  }

  /**
   * 应保尽保: children of a region who qualify today for a programme and have neither a benefit
   * from it (not ended) nor an open proposal — e.g. after a rejection, or a benefit that ended.
   */
  async coverageGaps(regionCode: string): Promise<CoverageGap[]> {
    const children = (await this.replicas.findIn(regionCode)).filter((c) => c.categories.length);
    const [benefits, proposals] = await Promise.all([
      this.benefits.findOpenIn(regionCode),
      this.proposals.findIn(regionCode),
    ]);
    const today = localDateInChina(this.clock.now());
    return children.flatMap((c) => {
      const birthDate = c.birthDate;
      const own = (xs: (Benefit | Proposal)[]) => xs.filter((x) => x.childId === c.id);
      const ownProposals = own(proposals) as Proposal[];
      return eligibleProgrammes({ categories: c.categories, birthDate }, today)
        .filter((e) => !covered(e.programme, own(benefits) as Benefit[], ownProposals))
        .map((e) => ({
          childId: c.id,
          regionCode: c.regionCode,
          programme: e.programme,
          rule: e.rule,
          lastProposalStatus:
            ownProposals
              .filter((p) => p.programme === e.programme)
              .sort((a, b) => +a.proposedAt - +b.proposedAt)
              .at(-1)?.status ?? null,
        }));
    });
  }

  findById(id: string) {
    return this.proposals.findById(id);
  }

  /** Proposals in a region and below, of one status if given. */
  findIn(regionCode: string, status?: ProposalStatus) {
    return this.proposals.findIn(regionCode, status);
  }

  /** Many children's proposals in one store query (the graph's DataLoader batch). */
  findByChildren(childIds: readonly string[]) {
    return this.proposals.findByChildren(childIds);
  }
}
