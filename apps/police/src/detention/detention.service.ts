import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { v7 as uuidv7 } from 'uuid';
import { DetentionErrors } from './detention.errors';
import type { ArrangeDetaineeChildCareInput, RecordDetainedParentInput } from './detention.inputs';
import { DetainedParentRepository, type DetainedParent } from './detention.repository';
import { arrangeRefusal, openTaskRegions, opensCareTask } from './detention.rules';
import type { StoredDetaineeChild } from './detention.types';

/**
 * 四(一)2: police record what a detained person said of their minor children and who cares for
 * each; a child nobody was found for is civil affairs' task until it records the arrangement.
 */
@Injectable()
export class DetentionService {
  constructor(
    private readonly records: DetainedParentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Stores the record at once with every child (each child's region given by `regionOf`). */
  record(
    input: RecordDetainedParentInput,
    regionOf: ReadonlyMap<string, string>,
    detainedAt: Date,
    actor: Actor,
  ): Promise<DetainedParent> {
    const now = this.clock.now();
    const children: StoredDetaineeChild[] = input.children.map((c) => ({
      childId: c.childId.trim(),
      regionCode: regionOf.get(c.childId.trim()) as string,
      arrangement: c.arrangement,
      caregiver: c.caregiver?.trim() || null,
      careTask: opensCareTask(c.arrangement)
        ? { openedAt: now, arrangedAt: null, arrangedBy: null, note: null }
        : null,
    }));
    return this.records.add({
      _id: uuidv7(),
      measure: input.measure,
      decisionReference: input.decisionReference.trim(),
      detainedAt,
      regionCode: input.regionCode,
      hasMinorChildren: input.hasMinorChildren,
      children,
      openTaskRegions: openTaskRegions(children),
      recordedBy: actor.id,
      recordedAt: now,
      revision: 1,
    });
  }

  get(id: string) {
    return this.records.get(id);
  }

  /** Civil affairs records the arrangement it made for one child, closing its task, once; the child as now. */
  async arrange(record: DetainedParent, input: ArrangeDetaineeChildCareInput, actor: Actor) {
    const caregiver = input.caregiver.trim() || null;
    const child = record.children.find((c) => c.childId === input.childId);
    const refused = arrangeRefusal(child, input.arrangement, caregiver);
    if (refused) throw DetentionErrors.arrange(refused, input.childId);
    const note = input.note.trim();
    const children = record.children.map((c) =>
      c.childId === input.childId && c.careTask
        ? {
            ...c,
            arrangement: input.arrangement,
            caregiver,
            careTask: { ...c.careTask, arrangedAt: this.clock.now(), arrangedBy: actor.id, note },
          }
        : c,
    );
    const $set = { children, openTaskRegions: openTaskRegions(children) };
    if (!(await this.records.updateAtRevision(record.id, record.revision, { $set })))
      throw DetentionErrors.changedConcurrently(record.id);
    return children.find((c) => c.childId === input.childId) as StoredDetaineeChild;
  }

  /** The children in a region's subtree whose care civil affairs must still arrange, oldest first. */
  async openTasks(regionCode: string, within: (childRegion: string) => boolean) {
    const records = await this.records.withOpenTasks(regionCode);
    return records.flatMap((r) =>
      r.children
        .filter((c) => c.careTask && !c.careTask.arrangedAt && within(c.regionCode))
        .map((c) => ({
          recordId: r.id,
          childId: c.childId,
          regionCode: c.regionCode,
          measure: r.measure,
          detainedAt: r.detainedAt,
          openedAt: (c.careTask as { openedAt: Date }).openedAt,
        })),
    );
  }
}
