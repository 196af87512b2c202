import { Inject, Injectable } from '@nestjs/common';
import {
  PlanItemAssignedV1,
  type Envelope,
  type PlanItemAssignedPayload,
  type PlanItemDepartment,
} from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { EventHandler } from '@qz/messaging/nest';
import { PlanItemRepository } from './plan-item.repository';
import { isForDepartment, planItemOf } from './plan-item.rules';
import { PLAN_ITEM_DEPARTMENT } from './plan-item.tokens';

/**
 * 四(二)4: police's plan items reach the department named on them. Each department's service
 * takes the one topic and queues only its own items; the item's id makes a redelivery a no-op.
 */
@Injectable()
export class PlanItemAssignedHandler {
  constructor(
    @Inject(PLAN_ITEM_DEPARTMENT) private readonly department: PlanItemDepartment,
    private readonly items: PlanItemRepository,
  ) {}

  @EventHandler(PlanItemAssignedV1)
  async onAssigned(e: Envelope<PlanItemAssignedPayload>): Promise<void> {
    if (!isForDepartment(e.payload, this.department)) return;
    await this.items.receive(
      planItemOf(e.payload, { id: e.id, occurredOn: localDateInChina(new Date(e.occurredAt)) }),
    );
  }
}
