import { Inject, Injectable } from '@nestjs/common';
import { ChildClassifiedV1, type Actor } from '@qz/contracts';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { childEvent } from '../children/child-event';
import { circumstancesUpdated } from './circumstances-updated';
import type { Plain } from '@qz/persistence';
import { CLOCK } from '@qz/platform';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import type { ChildDocument } from '../children/child.schema';
import { RegionErrors } from '../regions/region.errors';
import { RegionRepository } from '../regions/region.repository';
import { consistentCircumstances } from './circumstances.checks';
import {
  guardianshipAfter,
  NO_GUARDIANSHIP,
  type StoredGuardianship,
} from '../guardianship/guardianship-state';
import {
  forRules,
  NO_STORED_CIRCUMSTANCES,
  type ClassificationChange,
  type StoredCircumstances,
  type StoredClassification,
} from './circumstances';
import { ageExitOn, agedOutBeforeRegistration } from './age-exit.rules';
import { classify } from './classification.rules';
import { applyOverrides, type CategoryOverride } from './overrides';

type Child = Plain<ChildDocument>;

/** What a change names; anything left out keeps its recorded value (the household field by field). */
export type CircumstanceChanges = Partial<Omit<StoredCircumstances, 'household'>> & {
  household?: Partial<StoredCircumstances['household']>;
};

const AGE_REASON =
  'recomputed for today (left-behind status ends at 16, 三(二); a dibao or low-income certification ends on its last day, 三(一)1)';

/** Who decides when nobody does: the sweep that ends left-behind status at 16. */
export const BIRTHDAY_SWEEP: Actor = { kind: 'system', id: 'registry:birthday-sweep' };

/**
 * Keeps every child's categories equal to what the rules of 三 give for the child's recorded
 * circumstances today. A change of categories is appended to the child's history (with the
 * reason and who decided) and published as ChildClassified, in the same write.
 */
@Injectable()
export class ClassificationService {
  constructor(
    private readonly children: ChildRepository,
    private readonly regions: RegionRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * The classification fields of a newly registered child; one registered already 16 has its age
   * exit in the history from the start (三(二)).
   */
  initialFields(birthDate: string, actor: Actor) {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const result = classify({ ...forRules(NO_STORED_CIRCUMSTANCES), birthDate }, today);
    const categories = result.categories.map((c) => c.category);
    const agedOut = agedOutBeforeRegistration(birthDate, today);
    const history: ClassificationChange[] = agedOut
      ? [{ at: now, ...agedOut, categories, added: [], removed: [], decidedBy: actor.id }]
      : [];
    return {
      circumstances: NO_STORED_CIRCUMSTANCES,
      classification: { ...result, computedOn: today },
      classificationHistory: history,
      categoryCodes: result.categories.map((c) => c.category),
      guardianship: NO_GUARDIANSHIP,
    };
  }

  async updateCircumstances(childId: string, changes: CircumstanceChanges, reason: string, actor: Actor) {
    const child = await this.children.get(childId);
    const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
    const circumstances = consistentCircumstances(
      { ...recorded, ...changes, household: { ...recorded.household, ...changes.household } },
      changes as Partial<StoredCircumstances>,
    );
    const hukou = circumstances.household.hukouRegionCode;
    if (changes.household?.hukouRegionCode && hukou) {
      const region = await this.regions.findByCode(hukou);
      if (!region) throw RegionErrors.unknown(hukou, 'input.hukouRegionCode');
      if (region.level !== 'VILLAGE')
        throw RegionErrors.notAVillage(hukou, region.level, 'input.hukouRegionCode');
    }
    const updated = circumstancesUpdated(child, recorded, circumstances, reason, actor, this.clock.now());
    if ((await this.reclassify(child, circumstances, reason, actor, undefined, updated)) === 'conflict') {
      throw ChildErrors.changedConcurrently(childId);
    }
    return this.children.get(childId);
  }

  /**
   * Puts the child in a category or takes it out against the rules (include null: removes the
   * override, the rules decide again). The written reason goes into the history.
   */
  async overrideCategory(
    childId: string,
    category: CategoryOverride['category'],
    include: boolean | null,
    reason: string,
    actor: Actor,
  ) {
    const child = await this.children.get(childId);
    const kept = (child.classificationOverrides ?? []).filter((o) => o.category !== category);
    const overrides =
      include === null
        ? kept
        : [...kept, { category, include, reason, decidedBy: actor.id, decidedAt: this.clock.now() }];
    const why =
      include === null
        ? `override of ${category} withdrawn: ${reason}`
        : `${category} ${include ? 'given' : 'taken away'} by override: ${reason}`;
    const circumstances = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
    if ((await this.reclassify(child, circumstances, why, actor, overrides)) === 'conflict')
      throw ChildErrors.changedConcurrently(childId);
    return this.children.get(childId);
  }

  /** Recomputes every child whose categories can change with the date alone; returns how many changed. Safe to run any time. */
  async sweep(): Promise<number> {
    let changed = 0;
    for (const child of await this.children.findDueForSweep(localDateInChina(this.clock.now()))) {
      // A child changed meanwhile by someone else ('conflict') was reclassified by that change.
      const circumstances = child.circumstances ?? NO_STORED_CIRCUMSTANCES;
      if ((await this.reclassify(child, circumstances, AGE_REASON, BIRTHDAY_SWEEP)) === 'changed')
        changed += 1;
    }
    return changed;
  }

  /**
   * The classification fields and events of a child about to be registered with circumstances
   * already known (the bulk import): as if registered, then its circumstances recorded.
   */
  forNewChild(
    child: Pick<ChildDocument, '_id' | 'birthDate' | 'regionCode' | 'classificationHistory'>,
    changes: CircumstanceChanges,
    reason: string,
    actor: Actor,
  ) {
    const circumstances = consistentCircumstances(
      {
        ...NO_STORED_CIRCUMSTANCES,
        ...changes,
        household: { ...NO_STORED_CIRCUMSTANCES.household, ...changes.household },
      },
      changes as Partial<StoredCircumstances>,
    );
    const { change, events } = this.decide({ ...child, id: child._id }, circumstances, reason, actor, [], []);
    return {
      fields: {
        ...change.$set,
        classificationHistory: [
          ...(child.classificationHistory ?? []),
          ...(change.$push ? [change.$push.classificationHistory] : []),
        ],
      },
      events,
    };
  }

  private async reclassify(
    child: Child,
    circumstances: StoredCircumstances,
    reason: string,
    actor: Actor,
    overrides: CategoryOverride[] = child.classificationOverrides ?? [],
    otherEvents: OutgoingEvent[] = [],
  ): Promise<'changed' | 'unchanged' | 'conflict'> {
    const { change, events, changed } = this.decide(
      child,
      circumstances,
      reason,
      actor,
      overrides,
      otherEvents,
    );
    if (!(await this.children.updateAtRevision(child.id, child.revision, change, events))) return 'conflict';
    return changed ? 'changed' : 'unchanged';
  }

  /**
   * Another department's event changed what the ledger records of the child (`recorded` before,
   * `circumstances` after): the change to write with its events — the circumstances' ChildUpdated
   * and history, and the reclassification's. `asRead` is the child the rules see (default: as read).
   */
  changeOnEvent(
    child: Plain<ChildDocument>,
    recorded: StoredCircumstances,
    circumstances: StoredCircumstances,
    reason: string,
    actor: Actor,
    asRead: Parameters<ClassificationService['decide']>[0] = child,
  ) {
    const updated = circumstancesUpdated(child, recorded, circumstances, reason, actor, this.clock.now());
    const overrides = child.classificationOverrides ?? [];
    const { change, events } = this.decide(asRead, circumstances, reason, actor, overrides, updated);
    return { ...change, events };
  }

  decide(
    child: Pick<Child, 'id' | 'birthDate' | 'regionCode' | 'classification' | 'guardianship'> & {
      revision?: number;
    },
    circumstances: StoredCircumstances,
    reason: string,
    actor: Actor,
    overrides: CategoryOverride[],
    otherEvents: OutgoingEvent[],
  ) {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const computed = classify({ ...forRules(circumstances), birthDate: child.birthDate }, today);
    const result = applyOverrides(computed, overrides, child.birthDate, today);
    const before = (child.classification?.categories ?? []).map((c) => c.category);
    const after = result.categories.map((c) => c.category);
    const added = after.filter((c) => !before.includes(c));
    const removed = before.filter((c) => !(after as string[]).includes(c));
    // A change of left-behind status or of the date can open or close a guardianship gap (四(一)3).
    const { guardianship, events: guardianshipEvents } = guardianshipAfter(
      child,
      result.leftBehind,
      child.guardianship?.agreements ?? [],
      today,
      actor,
      now,
    );
    const events = [...otherEvents, ...guardianshipEvents];
    const change: {
      $set: {
        circumstances: StoredCircumstances;
        classification: StoredClassification;
        categoryCodes: string[];
        guardianship: StoredGuardianship;
        classificationOverrides: CategoryOverride[];
      };
      $push?: { classificationHistory: ClassificationChange };
    } = {
      $set: {
        circumstances,
        classification: { ...result, computedOn: today },
        categoryCodes: after,
        guardianship,
        classificationOverrides: overrides,
      },
    };
    const changed = added.length > 0 || removed.length > 0;
    if (changed) {
      // The age exit is dated on the 16th birthday, whichever recomputation saw it (三(二)).
      const exitOn = ageExitOn(child.birthDate, removed, today);
      const why = exitOn
        ? `${reason}; left-behind status ended on the 16th birthday, ${exitOn} (三(二))`
        : reason;
      change.$push = {
        classificationHistory: {
          at: now,
          effectiveOn: exitOn ?? today,
          categories: after,
          added,
          removed,
          reason: why,
          decidedBy: actor.id,
        },
      };
      events.push(
        childEvent(ChildClassifiedV1, child, actor, now, {
          childId: child.id,
          categories: result.categories.map((c) => c.category),
          added: added as never,
          removed: removed as never,
          leftBehind: result.leftBehind,
          inDifficulty: result.inDifficulty,
          protectedAsChildInDifficulty: result.protectedAsChildInDifficulty,
          // The caseworker's words as given (the contract's 500 characters); the history adds the date.
          reason,
          // The record's revision after this write (a new record is written at revision 1).
          revision: (child.revision ?? 0) + 1,
        }),
      );
    }
    return { change, events, changed };
  }
}
