import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ChildReplicaHooks } from '@qz/child-replica';
import type { ChildClassifiedPayload, Envelope } from '@qz/contracts';
import { regionAncestry, regionOfAncestry, DomainError, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { AidRepository, type AidProposalRecord } from './aid.repository';
import { AID_KINDS, proposedAid } from './aid.rules';
import type { DecideEducationAidInput } from './aid.inputs';
import type { AidStatus } from './aid.schema';

const notFound = (id: string) =>
  new DomainError('AID_PROPOSAL_NOT_FOUND', `input.proposalId: no aid proposal ${id}`, 'not_found', {
    field: 'input.proposalId',
  });
const decided = (id: string, status: string) =>
  new DomainError(
    'AID_PROPOSAL_ALREADY_DECIDED',
    `input.proposalId: proposal ${id} is ${status}; only a proposed aid can be confirmed or rejected`,
    'precondition',
    { field: 'input.proposalId' },
  );

/** Proposes education aid from the registry's categories (四(三)3); the bureau decides. */
export type { AidProposalRecord };

/** A stored proposal as the graph shows it: with the region it belongs to (the child's). */
export const toProposalModel = (r: AidProposalRecord) => ({
  ...r,
  regionCode: r.regionPath.length ? r.regionPath[r.regionPath.length - 1] : null,
});

@Injectable()
export class AidService implements OnModuleInit {
  constructor(
    private readonly proposals: AidRepository,
    private readonly hooks: ChildReplicaHooks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Idempotent on its own (one proposal per child and kind); a stale classification changes nothing.
    this.hooks.onClassified((event, _child, stale) => (stale ? Promise.resolve() : this.proposeFor(event)));
    // A moved child's proposals are listed for the new region's staff.
    this.hooks.onRegionChanged((child) =>
      this.proposals.moveChild(child.id, regionAncestry(child.regionCode)),
    );
  }

  async proposeFor(event: Envelope<ChildClassifiedPayload>): Promise<void> {
    const { childId, categories } = event.payload;
    const proposal = proposedAid(categories);
    for (const kind of AID_KINDS.filter((k) => k !== proposal?.kind)) {
      await this.proposals.transition(`${childId}:${kind}`, 'PROPOSED', {
        status: 'WITHDRAWN',
        withdrawnReason: `no longer eligible after reclassification: ${event.payload.reason}`,
      });
    }
    if (!proposal) return;
    await this.proposals.propose({
      _id: `${childId}:${proposal.kind}`,
      childId,
      kind: proposal.kind,
      rule: proposal.rule,
      basis: proposal.basis,
      regionPath: event.regionCode ? regionAncestry(event.regionCode) : [],
      status: 'PROPOSED',
      proposedAt: new Date(event.occurredAt),
      decision: null,
      withdrawnReason: null,
    });
  }

  /** The bureau's decision; a proposal of a child outside the decider's region is refused first. */
  async decide(input: DecideEducationAidInput, status: 'CONFIRMED' | 'REJECTED', viewer: Identity) {
    const current = await this.proposals.findById(input.proposalId);
    if (!current) throw notFound(input.proposalId);
    requireInRegion(viewer, regionOfAncestry(current.regionPath), `Aid proposal ${current.id}`);
    if (current.status !== 'PROPOSED') throw decided(input.proposalId, current.status);
    const decision = { by: input.by.trim(), at: this.clock.now(), reason: input.reason.trim() };
    if (!(await this.proposals.transition(current.id, 'PROPOSED', { status, decision }))) {
      const now = await this.proposals.findById(current.id);
      throw decided(current.id, now?.status ?? 'gone');
    }
    return toProposalModel({ ...current, status, decision });
  }

  /** The proposals of a region's children (and below), of one status if given. */
  inRegion(regionCode: string, status: AidStatus | null) {
    return this.proposals.inRegion(regionCode, status);
  }

  /** Many children's proposals in one store query (the graph's DataLoader batch). */
  ofChildren(childIds: readonly string[]) {
    return this.proposals.ofChildren(childIds);
  }
}
