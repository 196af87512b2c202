import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ChildReplicaHooks } from '@qz/child-replica';
import type { ChildClassifiedPayload, Envelope } from '@qz/contracts';
import { regionAncestry, regionOfAncestry, DomainError, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { AidRepository, type AidProposalRecord } from './aid.repository';
import { proposedAid, windowAidStep } from './aid.rules';
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

/** Told after the bureau decided a proposal at its desk (see AidService.onDecided). */
export type AidDecidedListener = (proposal: AidProposalRecord, viewer: Identity) => Promise<void>;

@Injectable()
export class AidService implements OnModuleInit {
  private readonly decidedListeners: AidDecidedListener[] = [];

  constructor(
    private readonly proposals: AidRepository,
    private readonly hooks: ChildReplicaHooks,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // Idempotent on its own (one proposal per child and kind); a stale classification changes nothing.
    this.hooks.onClassified((event, _child, stale) => (stale ? Promise.resolve() : this.proposeFor(event)));
  }

  /**
   * The aid the child's categories give now is proposed (unless the child has it confirmed, also
   * under a provisional record merged in); proposed aid of other kinds is withdrawn.
   */
  async proposeFor(event: Envelope<ChildClassifiedPayload>): Promise<void> {
    const { childId, categories } = event.payload;
    const proposal = proposedAid(categories);
    const own = await this.proposals.findByChild(childId);
    for (const open of own.filter((p) => p.status === 'PROPOSED' && p.kind !== proposal?.kind)) {
      await this.proposals.transition(open.id, 'PROPOSED', {
        status: 'WITHDRAWN',
        withdrawnReason: `no longer eligible after reclassification: ${event.payload.reason}`,
      });
    }
    if (!proposal || own.some((p) => p.kind === proposal.kind && p.status === 'CONFIRMED')) return;
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
      windowPartId: null,
    });
  }

  /** `listener` runs after each decision of the bureau (aid-window.sync: the child's pending window part follows). */
  onDecided(listener: AidDecidedListener): void {
    this.decidedListeners.push(listener);
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
    const after = { ...current, status, decision };
    for (const listener of this.decidedListeners) await listener(after, viewer);
    return toProposalModel(after);
  }

  /**
   * 四(四)1: an approved EDUCATION_AID window part becomes the child's aid record (四(三)3): the
   * proposal of the kind the child's categories give is proposed if needed and confirmed, or, when
   * already confirmed, linked; the record names the part and the part names the record. Refused
   * AID_PROPOSAL_ALREADY_DECIDED when the bureau rejected that aid. `undo` puts it back as it was.
   */
  async fromWindowPart(
    part: { id: string; childId: string },
    child: { categories: readonly string[]; regionCode: string },
    decision: { by: string; at: Date; reason: string },
  ): Promise<{ recordId: string; undo: () => Promise<void> } | null> {
    const aid = proposedAid(child.categories);
    if (!aid) return null;
    const id = `${part.childId}:${aid.kind}`;
    const step = windowAidStep(await this.proposals.findById(id));
    if (step === 'rejected') throw decided(id, 'REJECTED');
    if (step === 'linked') return { recordId: id, undo: () => Promise.resolve() };
    if (step === 'link') {
      if (!(await this.proposals.linkWindowPart(id, part.id, null))) throw decided(id, 'changed meanwhile');
      return {
        recordId: id,
        undo: () => this.proposals.linkWindowPart(id, null, part.id).then(() => undefined),
      };
    }
    if (step === 'propose')
      await this.proposals.propose({
        _id: id,
        childId: part.childId,
        kind: aid.kind,
        rule: aid.rule,
        basis: aid.basis,
        regionPath: regionAncestry(child.regionCode),
        status: 'PROPOSED',
        proposedAt: decision.at,
        decision: null,
        withdrawnReason: null,
        windowPartId: null,
      });
    const confirmed = { status: 'CONFIRMED' as const, decision, windowPartId: part.id };
    if (!(await this.proposals.transition(id, 'PROPOSED', confirmed))) {
      const now = await this.proposals.findById(id);
      throw decided(id, now?.status ?? 'gone');
    }
    const undo = async () => {
      await this.proposals.transition(id, 'CONFIRMED', {
        status: 'PROPOSED',
        decision: null,
        windowPartId: null,
      });
    };
    return { recordId: id, undo };
  }

  /** A moved child's proposals are listed for the new region's staff. */
  moveChild(childId: string, regionCode: string): Promise<void> {
    return this.proposals.moveChild(childId, regionAncestry(regionCode));
  }

  /**
   * Merges carry everything (issue 15): the merged record's proposals are the surviving record's;
   * one still proposed is withdrawn, since the surviving record's classification (which takes the
   * merged record's categories) proposes the aid under the surviving record's id.
   */
  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    for (const open of (await this.proposals.findByChild(fromChildId)).filter((p) => p.status === 'PROPOSED'))
      await this.proposals.transition(open.id, 'PROPOSED', {
        status: 'WITHDRAWN',
        withdrawnReason: `the provisional record was merged into ${intoChildId}, whose classification proposes the aid`,
      });
    await this.proposals.mergeChild(fromChildId, intoChildId);
    await this.moveChild(intoChildId, regionCode);
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
