import { Inject, Injectable } from '@nestjs/common';
import { ChildClassifiedV1, createEvent, type Actor } from '@qz/contracts';
import { localDateInChina, type Clock } from '@qz/kernel';
import { outgoing, type OutgoingEvent } from '@qz/messaging';
import type { Plain } from '@qz/persistence';
import { CLOCK } from '@qz/platform';
import { ChildErrors } from '../children/child.errors';
import { ChildRepository } from '../children/child.repository';
import type { ChildDocument } from '../children/child.schema';
import {
  forRules,
  NO_STORED_CIRCUMSTANCES,
  type ClassificationChange,
  type StoredCircumstances,
  type StoredClassification,
} from './circumstances';
import { classify } from './classification.rules';

type Child = Plain<ChildDocument>;

/** What a change names; anything left out keeps its recorded value (the household field by field). */
export type CircumstanceChanges = Partial<Omit<StoredCircumstances, 'household'>> & {
  household?: Partial<StoredCircumstances['household']>;
};

const AGE_REASON = 'recomputed for the child’s age (left-behind status ends at 16, 三(二))';

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
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The classification fields of a newly registered child. */
  initialFields(birthDate: string) {
    const today = localDateInChina(this.clock.now());
    const result = classify({ ...forRules(NO_STORED_CIRCUMSTANCES), birthDate }, today);
    return {
      circumstances: NO_STORED_CIRCUMSTANCES,
      classification: { ...result, computedOn: today },
      classificationHistory: [],
    };
  }

  async updateCircumstances(childId: string, changes: CircumstanceChanges, reason: string, actor: Actor) {
    const child = await this.children.findById(childId);
    if (!child) throw ChildErrors.notFound(childId);
    const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
    const circumstances: StoredCircumstances = {
      ...recorded,
      ...changes,
      household: { ...recorded.household, ...changes.household },
    };
    if ((await this.reclassify(child, circumstances, reason, actor)) === 'conflict') {
      throw ChildErrors.changedConcurrently(childId);
    }
    return (await this.children.findById(childId)) as Child;
  }

  /** Recomputes every left-behind child today; returns how many changed. Safe to run any time. */
  async sweepLeftBehind(): Promise<number> {
    let changed = 0;
    for (const child of await this.children.findLeftBehind()) {
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
    child: Pick<ChildDocument, '_id' | 'birthDate' | 'regionCode'>,
    changes: CircumstanceChanges,
    reason: string,
    actor: Actor,
  ): {
    fields: Pick<ChildDocument, 'circumstances' | 'classification' | 'classificationHistory'>;
    events: OutgoingEvent[];
  } {
    const circumstances: StoredCircumstances = {
      ...NO_STORED_CIRCUMSTANCES,
      ...changes,
      household: { ...NO_STORED_CIRCUMSTANCES.household, ...changes.household },
    };
    const { change, events } = this.decide({ ...child, id: child._id }, circumstances, reason, actor);
    const history = change.$push?.classificationHistory;
    return { fields: { ...change.$set, classificationHistory: history ? [history] : [] }, events };
  }

  private async reclassify(
    child: Child,
    circumstances: StoredCircumstances,
    reason: string,
    actor: Actor,
  ): Promise<'changed' | 'unchanged' | 'conflict'> {
    const { change, events } = this.decide(child, circumstances, reason, actor);
    if (!(await this.children.updateAtRevision(child.id, child.revision, change, events))) return 'conflict';
    return events.length ? 'changed' : 'unchanged';
  }

  /** What the rules give for these circumstances today, as a change of the child and its events. */
  private decide(
    child: Pick<Child, 'id' | 'birthDate' | 'regionCode' | 'classification'>,
    circumstances: StoredCircumstances,
    reason: string,
    actor: Actor,
  ) {
    const now = this.clock.now();
    const today = localDateInChina(now);
    const result = classify({ ...forRules(circumstances), birthDate: child.birthDate }, today);
    const before = (child.classification?.categories ?? []).map((c) => c.category);
    const after = result.categories.map((c) => c.category);
    const added = after.filter((c) => !before.includes(c));
    const removed = before.filter((c) => !(after as string[]).includes(c));
    const events: OutgoingEvent[] = [];
    const change: {
      $set: { circumstances: StoredCircumstances; classification: StoredClassification };
      $push?: { classificationHistory: ClassificationChange };
    } = {
      $set: { circumstances, classification: { ...result, computedOn: today } },
    };
    if (added.length || removed.length) {
      change.$push = {
        classificationHistory: { at: now, categories: after, added, removed, reason, decidedBy: actor.id },
      };
      events.push(
        outgoing(
          ChildClassifiedV1.topic,
          createEvent(ChildClassifiedV1, {
            subject: child.id,
            regionCode: child.regionCode,
            actor,
            occurredAt: now,
            payload: {
              childId: child.id,
              categories: result.categories.map((c) => c.category),
              added: added as never,
              removed: removed as never,
              leftBehind: result.leftBehind,
              inDifficulty: result.inDifficulty,
              protectedAsChildInDifficulty: result.protectedAsChildInDifficulty,
              reason,
            },
          }),
        ),
      );
    }
    return { change, events };
  }
}
