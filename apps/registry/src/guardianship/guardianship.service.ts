import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import { localDateInChina, parseLocalDate, parseResidentIdNumber, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import { GuardianshipErrors } from './guardianship.errors';
import type {
  AddEntrustmentAgreementInput,
  EndEntrustmentAgreementInput,
  RecordAgreementCheckInput,
  RecordLivingArrangementInput,
} from './guardianship.inputs';
import { isCapableAge, overlappingAgreement, type EntrustmentAgreement } from './guardianship.rules';
import { guardianshipAfter, NO_GUARDIANSHIP } from './guardianship-state';
import { livingArrangementAfter } from './living-arrangement';

/** The agreements, after checking that the one named is among them. */
function withAgreement(agreements: EntrustmentAgreement[], id: string) {
  if (!agreements.some((a) => a.id === id)) throw GuardianshipErrors.agreementNotFound(id);
  return agreements;
}

/** Entrusted guardianship agreements (四(一)3) and children found living alone (四(一)1). */
@Injectable()
export class GuardianshipService {
  constructor(
    private readonly children: ChildRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today() {
    return localDateInChina(this.clock.now());
  }

  private pastDate(value: string, field: string) {
    const date = parseLocalDate(value, field);
    if (date > this.today()) throw GuardianshipErrors.dateInFuture(field, date);
    return date;
  }

  async addAgreement(input: AddEntrustmentAgreementInput, actor: Actor) {
    const signedOn = this.pastDate(input.signedOn, 'input.signedOn');
    const startDate = parseLocalDate(input.startDate, 'input.startDate');
    const endDate = parseLocalDate(input.endDate, 'input.endDate');
    if (endDate < startDate) throw GuardianshipErrors.termInvalid(startDate, endDate);
    if (signedOn > endDate) throw GuardianshipErrors.signedAfterEnd(signedOn, endDate);
    const guardianId = parseResidentIdNumber(
      input.guardianResidentIdNumber,
      this.today(),
      'input.guardianResidentIdNumber',
    );
    if (!isCapableAge(guardianId.birthDate, signedOn))
      throw GuardianshipErrors.guardianNotAdult(guardianId.birthDate);
    return this.changeAgreements(input.childId, actor, (agreements) => {
      const clash = overlappingAgreement(agreements, { startDate, endDate });
      if (clash) throw GuardianshipErrors.overlap(clash.id, clash.startDate, clash.endedOn ?? clash.endDate);
      const agreement: EntrustmentAgreement = {
        id: uuidv7(),
        guardianName: input.guardianName.trim(),
        guardianResidentIdNumber: guardianId.value,
        relationship: input.relationship.trim(),
        guardianPhone: input.guardianPhone?.trim() ?? null,
        witnessedBy: input.witnessedBy.trim(),
        signedOn,
        startDate,
        endDate,
        endedOn: null,
        endedReason: null,
        checks: [],
        recordedBy: actor.id,
      };
      return [...agreements, agreement].sort((a, b) => a.startDate.localeCompare(b.startDate));
    });
  }

  async endAgreement(input: EndEntrustmentAgreementInput, actor: Actor) {
    const endedOn = parseLocalDate(input.endedOn, 'input.endedOn');
    return this.changeAgreements(input.childId, actor, (agreements) =>
      withAgreement(agreements, input.agreementId).map((a) => {
        if (a.id !== input.agreementId) return a;
        if (a.endedOn) throw GuardianshipErrors.alreadyEnded(a.id, a.endedOn);
        if (endedOn < a.startDate || endedOn > a.endDate)
          throw GuardianshipErrors.endOutsideTerm(endedOn, a.startDate, a.endDate);
        return { ...a, endedOn, endedReason: input.reason.trim() };
      }),
    );
  }

  async recordCheck(input: RecordAgreementCheckInput, actor: Actor) {
    const on = this.pastDate(input.checkedOn, 'input.checkedOn');
    return this.changeAgreements(input.childId, actor, (agreements) =>
      withAgreement(agreements, input.agreementId).map((a) =>
        a.id === input.agreementId
          ? {
              ...a,
              checks: [
                ...a.checks,
                { on, by: actor.id, guardianPresent: input.guardianPresent, notes: input.notes.trim() },
              ],
            }
          : a,
      ),
    );
  }

  /**
   * Records whether the child lives alone. A child under 16 living alone raises ChildFoundLivingAlone
   * for police (四(一)1, 四(二)3), in the same write as the record.
   */
  async recordLivingArrangement(input: RecordLivingArrangementInput, actor: Actor) {
    const recordedOn = this.pastDate(input.recordedOn, 'input.recordedOn');
    const child = await this.children.findById(input.childId);
    if (!child) throw ChildErrors.notFound(input.childId);
    const { livingArrangement, events } = livingArrangementAfter(
      child,
      { livingAlone: input.livingAlone, recordedOn, source: input.source, address: input.address ?? null },
      actor,
      this.clock.now(),
    );
    if (
      !(await this.children.updateAtRevision(
        child.id,
        child.revision,
        { $set: { livingArrangement } },
        events,
      ))
    )
      throw ChildErrors.changedConcurrently(child.id);
    return this.children.get(child.id);
  }

  /** Reads the child, applies `change` to its agreements, and writes them with the new state in one write. */
  private async changeAgreements(
    childId: string,
    actor: Actor,
    change: (agreements: EntrustmentAgreement[]) => EntrustmentAgreement[],
  ) {
    const child = await this.children.findById(childId);
    if (!child) throw ChildErrors.notFound(childId);
    const current = child.guardianship ?? NO_GUARDIANSHIP;
    const agreements = change(current.agreements);
    const { guardianship, events } = guardianshipAfter(
      child,
      child.classification?.leftBehind ?? false,
      agreements,
      this.today(),
      actor,
      this.clock.now(),
    );
    if (!(await this.children.updateAtRevision(child.id, child.revision, { $set: { guardianship } }, events)))
      throw ChildErrors.changedConcurrently(child.id);
    return this.children.get(child.id);
  }
}
