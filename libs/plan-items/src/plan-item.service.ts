import { Inject, Injectable } from '@nestjs/common';
import { createEvent, PlanItemCompletedV1, type Actor, type PlanItemDepartment } from '@qz/contracts';
import { regionCovers, type Identity } from '@qz/identity';
import { DomainError, localDateInChina, parseLocalDate, regionAncestry, type Clock } from '@qz/kernel';
import { outgoing } from '@qz/messaging';
import { actorOf, CLOCK, outOfRegion } from '@qz/platform';
import type { DepartmentPlanItemModel } from './plan-item.model';
import { PlanItemRepository, type PlanItem } from './plan-item.repository';
import {
  completedOnTime,
  completionRefusal,
  isPlanItemOverdue,
  planItemCursor,
  planItemPageArgs,
} from './plan-item.rules';
import type { PlanItemStatus } from './plan-item.schema';
import { PLAN_ITEM_DEPARTMENT } from './plan-item.tokens';
import type { CompletePlanItemInput } from './plan-item.vocabulary';

/** A department's plan items (四(二)4): its queue, and completing an item reports it to police. */
@Injectable()
export class PlanItemService {
  constructor(
    @Inject(PLAN_ITEM_DEPARTMENT) private readonly department: PlanItemDepartment,
    private readonly items: PlanItemRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today() {
    return localDateInChina(this.clock.now());
  }

  private toModel(item: PlanItem, today = this.today()): DepartmentPlanItemModel {
    const { completion } = item;
    return {
      ...item,
      overdue: isPlanItemOverdue(item, today),
      completion: completion && {
        completedOn: completion.completedOn,
        outcome: completion.outcome,
        note: completion.note,
        completedBy: completion.completedBy,
        onTime: completion.onTime,
      },
    };
  }

  async queue(regionCode: string, status: PlanItemStatus, first: number, after: string | null | undefined) {
    const args = planItemPageArgs(first, after);
    const page = await this.items.page(regionCode, status, args.first, args.afterId);
    const today = this.today();
    return {
      items: page.items.map((i) => this.toModel(i, today)),
      totalCount: page.total,
      hasNextPage: page.hasMore,
      endCursor: page.items.length ? planItemCursor(page.items[page.items.length - 1].id) : null,
    };
  }

  /** Completes an item of the asker's region and sends the completion to police in the same write. */
  async complete(input: CompletePlanItemInput, viewer: Identity) {
    const completedOn = parseLocalDate(input.completedOn, 'input.completedOn');
    const item = await this.items.findById(input.itemId);
    if (!item || item.department !== this.department)
      throw new DomainError('PLAN_ITEM_NOT_FOUND', undefined, undefined, { field: 'input.itemId' });
    if (!regionCovers(viewer.regionCode, item.regionCode)) throw outOfRegion(`Plan item ${item.id}`);
    const refusal = completionRefusal(item, completedOn, this.today());
    if (refusal) throw refusal;
    const actor: Actor = actorOf(viewer);
    const now = this.clock.now();
    const completion = {
      completedOn,
      outcome: input.outcome,
      note: input.note.trim(),
      completedBy: input.completedBy.trim(),
      onTime: completedOnTime(item.dueOn, completedOn),
      recordedBy: actor.id,
      recordedAt: now,
    };
    const contract = PlanItemCompletedV1[this.department];
    const event = createEvent(contract, {
      subject: item.childId ?? item.caseId,
      regionCode: item.regionCode,
      actor,
      occurredAt: now,
      payload: {
        itemId: item.id,
        caseId: item.caseId,
        childId: item.childId,
        regionCode: item.regionCode,
        service: item.service,
        department: this.department,
        outcome: completion.outcome,
        note: completion.note,
        completedOn,
        dueOn: item.dueOn,
        onTime: completion.onTime,
        completedBy: completion.completedBy,
      },
    });
    if (!(await this.items.complete(item.id, completion, [outgoing(contract.topic, event)])))
      throw new DomainError('PLAN_ITEM_ALREADY_COMPLETED', undefined, undefined, { field: 'input.itemId' });
    return this.toModel({ ...item, status: 'COMPLETED', completion });
  }

  /** 四(二)4: a moved child's open items follow it to the new region's staff. */
  moveChild(childId: string, regionCode: string): Promise<void> {
    return this.items.moveChild(childId, regionCode, regionAncestry(regionCode));
  }

  /** Merges carry everything (issue 15): the merged record's items pass to the surviving one, the open ones to its region. */
  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    await this.items.mergeChild(fromChildId, intoChildId);
    await this.moveChild(intoChildId, regionCode);
  }
}
