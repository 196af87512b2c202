import { Inject, Injectable } from '@nestjs/common';
import { ChildMergedV1, ChildUpdatedV1, type Actor } from '@qz/contracts';
import { DomainError, localDateInChina, parseResidentIdNumber, type Clock } from '@qz/kernel';
import { isDuplicateKeyError } from '@qz/messaging';
import { CLOCK } from '@qz/platform';
import { childEvent, recordAfter } from '../children/child-event';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import { RegisterChildService } from '../children/register-child.service';
import { ClassificationService } from '../classification/classification.service';
import { certificateToCarry, identityEntry, situationsToCarry } from './identity';
import { checkIdentityScope, duplicateRefusal } from './identity-scope';
import type { ConfirmChildIdentityInput } from './identity.inputs';

const notProvisional = (id: string) =>
  new DomainError(
    'CHILD_NOT_PROVISIONAL',
    `child ${id} already has a confirmed identity number`,
    'precondition',
    {
      field: 'input.childId',
    },
  );

/**
 * Establishes the identity of a child registered provisionally. The number either confirms the
 * record itself (no child holds it yet), or names a child already in the ledger, into whose record
 * the provisional one is merged: the real record gains the visits and a note of the merge, the
 * provisional record stays, marked as merged, with everything it recorded.
 */
@Injectable()
export class IdentityService {
  constructor(
    private readonly children: ChildRepository,
    private readonly registration: RegisterChildService,
    private readonly classification: ClassificationService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** `scope`: the asker's region; the record and any child holding the number must lie in it. */
  async confirm(input: ConfirmChildIdentityInput, actor: Actor, scope: string) {
    const child = await this.children.get(input.childId);
    checkIdentityScope(scope, child, null);
    if (child.mergedInto) throw ChildErrors.alreadyMerged(child.id, child.mergedInto);
    if (!child.provisional) throw notProvisional(child.id);
    const today = localDateInChina(this.clock.now());
    const id = parseResidentIdNumber(input.residentIdNumber, today, 'input.residentIdNumber');
    if (id.sex !== child.sex) throw ChildErrors.sexMismatch(id.sex, child.sex);
    this.registration.checkBirthDate(id.birthDate, today, 'input.residentIdNumber');
    const reason = input.reason.trim();
    const existing = await this.children.findByResidentIdNumber(id.value);
    checkIdentityScope(scope, child, existing);
    return existing
      ? this.merge(child, existing, reason, actor)
      : this.confirmRecord(child, id.value, id.birthDate, reason, actor, scope);
  }

  private async confirmRecord(
    child: Awaited<ReturnType<ChildRepository['get']>>,
    residentIdNumber: string,
    birthDate: string,
    reason: string,
    actor: Actor,
    scope: string,
  ) {
    const now = this.clock.now();
    const details = `identity number confirmed (estimated birth date ${child.birthDate}, by the number ${birthDate}): ${reason}`;
    const event = childEvent(ChildUpdatedV1, child, actor, now, {
      childId: child.id,
      ...recordAfter(child, { birthDate }),
      changed: ['residentIdNumber', 'birthDate', 'provisional'],
      mergedFromChildId: null,
      reason,
    });
    try {
      const written = await this.children.updateAtRevision(
        child.id,
        child.revision,
        {
          $set: { residentIdNumber, birthDate, provisional: false },
          $push: { identityHistory: identityEntry('IDENTITY_CONFIRMED', details, actor, now) },
        },
        [event],
      );
      if (!written) throw ChildErrors.changedConcurrently(child.id);
    } catch (error) {
      // Taken meanwhile: said only to someone whose region covers the child now holding it.
      if (isDuplicateKeyError(error))
        throw duplicateRefusal(scope, await this.children.findByResidentIdNumber(residentIdNumber), () =>
          ChildErrors.alreadyRegistered(),
        );
      throw error;
    }
    // The real birth date can change the categories (e.g. left-behind ends at 16).
    return this.classification.updateCircumstances(
      child.id,
      {},
      `birth date from the identity number: ${reason}`,
      actor,
    );
  }

  private async merge(
    provisional: Awaited<ReturnType<ChildRepository['get']>>,
    real: Awaited<ReturnType<ChildRepository['get']>>,
    reason: string,
    actor: Actor,
  ) {
    if (real.mergedInto) throw ChildErrors.alreadyMerged(real.id, real.mergedInto);
    const now = this.clock.now();
    // First the real record (skipped if an earlier attempt already did it), then the provisional
    // one: an attempt interrupted between the two is completed by trying again.
    if (!real.mergedFrom.includes(provisional.id)) {
      const event = childEvent(ChildUpdatedV1, real, actor, now, {
        childId: real.id,
        ...recordAfter(real),
        changed: ['mergedFrom', 'visits'],
        mergedFromChildId: provisional.id,
        reason,
      });
      const merged = childEvent(ChildMergedV1, real, actor, now, {
        childId: real.id,
        mergedChildId: provisional.id,
        regionCode: real.regionCode,
        mergedCategories: (provisional.categoryCodes ?? []) as never,
        revision: real.revision + 1,
        reason,
      });
      const entry = identityEntry(
        'MERGED_FROM',
        `provisional record ${provisional.id} merged in: ${reason}`,
        actor,
        now,
      );
      if (
        !(await this.children.absorb(
          real.id,
          real.revision,
          provisional.id,
          provisional.visits ?? [],
          entry,
          [event, merged],
        ))
      )
        throw ChildErrors.changedConcurrently(real.id);
    }
    // The situations the provisional record found hold for the child (a rescued child stays
    // rescued): recorded on the surviving record, which is reclassified (ChildClassified). Before
    // the provisional record is marked, so an attempt interrupted here is completed by trying again.
    const carried = {
      ...situationsToCarry(provisional.circumstances, real.circumstances),
      ...certificateToCarry(provisional.circumstances, real.circumstances),
    };
    if (Object.keys(carried).length)
      await this.classification.updateCircumstances(
        real.id,
        carried,
        `merged from provisional record ${provisional.id}: ${reason}`,
        actor,
      );
    const event = childEvent(ChildUpdatedV1, provisional, actor, now, {
      childId: provisional.id,
      ...recordAfter(provisional),
      changed: ['mergedInto'],
      mergedFromChildId: null,
      reason,
    });
    const entry = identityEntry('MERGED_INTO', `merged into ${real.id}: ${reason}`, actor, now);
    const written = await this.children.updateAtRevision(
      provisional.id,
      provisional.revision,
      { $set: { mergedInto: real.id }, $push: { identityHistory: entry } },
      [event],
    );
    if (!written) throw ChildErrors.changedConcurrently(provisional.id);
    return this.children.get(real.id);
  }
}
