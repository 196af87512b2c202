import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import { ageInYears, localDateInChina, parseLocalDate, type Clock, type LocalDate } from '@qz/kernel';
import type { Plain } from '@qz/persistence';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import type { ChildDocument } from '../children/child.schema';
import { stateGuardianAfter } from '../guardianship/court-order';
import { agreementInForce } from '../guardianship/guardianship.rules';
import { PlacementErrors } from './placement.errors';
import type {
  DecideCarePlacementInput,
  EndCarePlacementInput,
  RecordPlacementFollowUpInput,
} from './placement.inputs';
import {
  followUpTarget,
  overlapWith,
  placementGrounds,
  placementOn,
  placementsAfterDecision,
  type CareAssessment,
  type PlacementFacts,
  type PlacementFollowUpKind,
  type PlacementType,
  type StoredPlacement,
} from './placement.rules';

/** What the ledger knows of the child that decides a placement, on the day of the decision. */
function factsOf(child: Plain<ChildDocument>, on: LocalDate): PlacementFacts {
  const orders = child.guardianship?.courtOrders ?? [];
  const stateGuardianByCourt = stateGuardianAfter(orders);
  return {
    categories: child.categoryCodes ?? [],
    father: child.circumstances?.father ?? null,
    mother: child.circumstances?.mother ?? null,
    stateGuardianByCourt,
    otherGuardianByCourt: orders.length > 0 && !stateGuardianByCourt,
    entrustedGuardian: !!agreementInForce(child.guardianship?.agreements ?? [], on),
  };
}

/**
 * Placement of children without parental care (四(一)2) and its follow-ups (四(一)4): civil affairs
 * decides kinship care, an institution, a foster family or adoption for a child the ledger shows
 * in that situation; visits and the adoptive family's follow-up assessments are kept on the
 * placement. Everything is checked before the one write of the child.
 */
@Injectable()
export class PlacementService {
  constructor(
    private readonly children: ChildRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private pastDate(value: string, field: string, birthDate: LocalDate) {
    const date = parseLocalDate(value, field);
    if (date > localDateInChina(this.clock.now())) throw PlacementErrors.dateInFuture(field, date);
    if (date < birthDate) throw PlacementErrors.beforeBirth(field, date, birthDate);
    return date;
  }

  private async child(id: string) {
    const child = await this.children.findById(id);
    if (!child) throw ChildErrors.notFound(id);
    if (child.mergedInto) throw ChildErrors.alreadyMerged(id, child.mergedInto);
    return child;
  }

  async decide(input: DecideCarePlacementInput, actor: Actor) {
    const child = await this.child(input.childId);
    const decidedOn = this.pastDate(input.decidedOn, 'input.decidedOn', child.birthDate);
    const startDate = this.pastDate(input.startDate, 'input.startDate', child.birthDate);
    if (startDate < decidedOn) throw PlacementErrors.startBeforeDecision(startDate, decidedOn);
    if (ageInYears(child.birthDate, startDate) >= 18) throw PlacementErrors.notAMinor(startDate);
    const grounds = placementGrounds(factsOf(child, decidedOn));
    if (!grounds.length)
      throw PlacementErrors.notEligible(`the categories ${child.categoryCodes?.join(', ') || 'none'}`);
    const placements = child.placements ?? [];
    const clash = overlapWith(placements, startDate);
    if (clash) throw PlacementErrors.overlap(clash.id, clash.startDate, clash.endedOn);
    const placement: StoredPlacement = {
      id: uuidv7(),
      type: input.type as PlacementType,
      grounds,
      decidedBy: input.decidedBy.trim(),
      decidedOn,
      startDate,
      carerName: input.carerName.trim(),
      carerRelationship: input.carerRelationship?.trim() || null,
      reason: input.reason.trim(),
      endedOn: null,
      endedReason: null,
      followUps: [],
      recordedBy: actor.id,
    };
    return this.write(child, placementsAfterDecision(placements, placement));
  }

  async end(input: EndCarePlacementInput) {
    const child = await this.child(input.childId);
    const endedOn = this.pastDate(input.endedOn, 'input.endedOn', child.birthDate);
    const placements = child.placements ?? [];
    const placement = placements.find((p) => p.id === input.placementId);
    if (!placement) throw PlacementErrors.notFound(input.placementId);
    if (placement.endedOn) throw PlacementErrors.alreadyEnded(placement.id, placement.endedOn);
    if (endedOn < placement.startDate) throw PlacementErrors.endBeforeStart(endedOn, placement.startDate);
    const ended = { ...placement, endedOn, endedReason: input.reason.trim() };
    return this.write(
      child,
      placements.map((p) => (p.id === placement.id ? ended : p)),
    );
  }

  async recordFollowUp(input: RecordPlacementFollowUpInput, actor: Actor) {
    const child = await this.child(input.childId);
    const on = this.pastDate(input.on, 'input.on', child.birthDate);
    const placements = child.placements ?? [];
    const target = followUpTarget(placements, on, input.kind as PlacementFollowUpKind);
    if (!target.ok) {
      if (target.reason === 'BEFORE_PLACEMENT')
        throw PlacementErrors.followUpBeforePlacement(on, placements[0]?.startDate ?? null);
      if (target.reason === 'NOT_IN_FORCE') throw PlacementErrors.notInForce(on);
      throw PlacementErrors.notAdoption(placementOn(placements, on)?.type ?? 'none');
    }
    const followUp = {
      id: uuidv7(),
      kind: input.kind as PlacementFollowUpKind,
      on,
      by: input.by.trim(),
      findings: input.findings.trim(),
      careAssessment: input.careAssessment as CareAssessment,
      recordedBy: actor.id,
    };
    const followed = {
      ...target.placement,
      followUps: [...target.placement.followUps, followUp].sort((a, b) => a.on.localeCompare(b.on)),
    };
    return this.write(
      child,
      placements.map((p) => (p.id === followed.id ? followed : p)),
    );
  }

  /** One write of the placements at the revision read; a concurrent change is refused. */
  private async write(child: Plain<ChildDocument>, placements: StoredPlacement[]) {
    if (!(await this.children.updateAtRevision(child.id, child.revision, { $set: { placements } })))
      throw ChildErrors.changedConcurrently(child.id);
    return this.children.get(child.id);
  }
}
