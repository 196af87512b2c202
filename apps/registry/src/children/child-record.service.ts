import { Inject, Injectable } from '@nestjs/common';
import { ChildUpdatedV1, type Actor } from '@qz/contracts';
import { DomainError, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { identityEntry } from '../identity/identity';
import { RegionErrors } from '../regions/region.errors';
import { RegionRepository } from '../regions/region.repository';
import { childEvent, recordAfter } from './child-event';
import { ChildErrors } from './child.errors';
import { ChildRepository } from './child.repository';
import type { UpdateChildRecordInput } from './child-record.input';

const nothingToChange = (id: string) =>
  new DomainError('NOTHING_TO_CHANGE', `the record of child ${id} already says so`, 'invalid', {
    field: 'input',
  });

/**
 * Corrects a child's names or records a move of the household to another village. One write
 * changes the record and carries ChildUpdated with the record as it now is, so every department's
 * copy of the child follows (and with it, who may see the child's records there).
 */
@Injectable()
export class ChildRecordService {
  constructor(
    private readonly children: ChildRepository,
    private readonly regions: RegionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async update(input: UpdateChildRecordInput, actor: Actor) {
    const child = await this.children.get(input.childId);
    if (child.mergedInto) throw ChildErrors.alreadyMerged(child.id, child.mergedInto);
    const change: { familyName?: string; givenName?: string; regionCode?: string; regionPath?: string[] } =
      {};
    const familyName = input.familyName?.trim();
    const givenName = input.givenName?.trim();
    if (familyName && familyName !== child.familyName) change.familyName = familyName;
    if (givenName && givenName !== child.givenName) change.givenName = givenName;
    if (input.regionCode && input.regionCode !== child.regionCode) {
      const region = await this.regions.findByCode(input.regionCode);
      if (!region) throw RegionErrors.unknown(input.regionCode, 'input.regionCode');
      if (region.level !== 'VILLAGE')
        throw RegionErrors.notAVillage(region.code, region.level, 'input.regionCode');
      change.regionCode = region.code;
      change.regionPath = region.path;
    }
    const changed = Object.keys(change).filter((k) => k !== 'regionPath');
    if (!changed.length) throw nothingToChange(child.id);
    const reason = input.reason.trim();
    const now = this.clock.now();
    const after = recordAfter(child, change);
    // The event is addressed to the region the child now lives in.
    const event = childEvent(ChildUpdatedV1, { id: child.id, regionCode: after.regionCode }, actor, now, {
      childId: child.id,
      ...after,
      changed,
      mergedFromChildId: null,
      reason,
    });
    const details = changed
      .map(
        (k) =>
          `${k}: ${String(child[k as keyof typeof child])} → ${String(change[k as keyof typeof change])}`,
      )
      .join('; ');
    const written = await this.children.updateAtRevision(
      child.id,
      child.revision,
      {
        $set: change,
        $push: { identityHistory: identityEntry('RECORD_CHANGED', `${details} (${reason})`, actor, now) },
      },
      [event],
    );
    if (!written) throw ChildErrors.changedConcurrently(child.id);
    return this.children.get(child.id);
  }
}
