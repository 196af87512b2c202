import { Injectable } from '@nestjs/common';
import type { Actor } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { localDateInChina, parseLocalDate } from '@qz/kernel';
import { v7 as uuidv7 } from 'uuid';
import { caseInQueue } from '../cases/case-scope';
import { CaseStepService } from '../cases/case-steps';
import type { ProtectionCase } from '../cases/case.repository';
import { OrderErrors } from './order.errors';
import type { IssueParentalOrderInput, RecordOrderFollowUpInput } from './order.inputs';
import { followUpNeedsGuardian, orderState } from './order.rules';
import type { StoredOrder } from './order.types';

/** Whether any order of the case is still to be complied with (the queue's flag). */
const anyOpen = (orders: readonly StoredOrder[]) => orders.some((o) => !o.followUps.some((f) => f.complied));

/**
 * 四(二)3 责令: police order the parents to return or to name an entrusted guardian, by a deadline,
 * and check it; a check that finds the order not complied with is on the record as a refusal of
 * guardianship duties (四(二)5, InterventionService.historyOf).
 */
@Injectable()
export class ParentalOrderService extends CaseStepService {
  async issue(input: IssueParentalOrderInput, actor: Actor) {
    const issuedOn = input.issuedOn
      ? this.steps.pastDate(input.issuedOn, 'input.issuedOn')
      : localDateInChina(this.clock.now());
    const dueOn = parseLocalDate(input.dueOn, 'input.dueOn');
    if (dueOn < issuedOn) throw OrderErrors.dueBeforeIssue(dueOn, issuedOn);
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    const order: StoredOrder = {
      id: uuidv7(),
      kind: input.kind,
      addressedTo: input.addressedTo.trim(),
      issuedOn,
      dueOn,
      notes: input.notes.trim(),
      issuedBy: actor.id,
      followUps: [],
    };
    const orders = [...(c.orders ?? []), order];
    const note = `${order.kind} to ${order.addressedTo}, due ${dueOn}`;
    return this.steps.write(
      c,
      'ORDER_ISSUED',
      c.status,
      note,
      actor,
      { $set: { orders, openOrders: true } },
      [],
    );
  }

  async followUp(input: RecordOrderFollowUpInput, actor: Actor) {
    const today = localDateInChina(this.clock.now());
    const checkedOn = input.checkedOn ? this.steps.pastDate(input.checkedOn, 'input.checkedOn') : today;
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    const order = (c.orders ?? []).find((o) => o.id === input.orderId);
    if (!order) throw OrderErrors.notFound(input.orderId);
    if (orderState(order, today) === 'COMPLIED') throw OrderErrors.alreadyComplied(order.id);
    if (checkedOn < order.issuedOn) throw OrderErrors.checkBeforeIssue(checkedOn, order.issuedOn);
    if (followUpNeedsGuardian(order.kind, input.complied, input.entrustedGuardian))
      throw OrderErrors.guardianMissing();
    const followUp = {
      checkedOn,
      complied: input.complied,
      entrustedGuardian: input.complied ? input.entrustedGuardian?.trim() || null : null,
      notes: input.notes.trim(),
      by: actor.id,
    };
    const orders = (c.orders ?? []).map((o) =>
      o.id === order.id ? { ...o, followUps: [...o.followUps, followUp] } : o,
    );
    const action = input.complied ? 'ORDER_COMPLIED' : 'ORDER_NOT_COMPLIED';
    return this.steps.write(
      c,
      action,
      c.status,
      followUp.notes,
      actor,
      { $set: { orders, openOrders: anyOpen(orders) } },
      [],
    );
  }

  /** Orders not yet complied with in the region's subtree the viewer may see: overdue first, then by deadline. */
  async dueIn(regionCode: string, viewer: Identity) {
    const cases = (await this.cases.withOpenOrders()).filter(caseInQueue(regionCode, viewer));
    return this.ordersOf(cases, (state) => state !== 'COMPLIED').sort(
      (a, b) =>
        Number(b.state === 'OVERDUE') - Number(a.state === 'OVERDUE') || a.dueOn.localeCompare(b.dueOn),
    );
  }

  /** The orders of the cases given, each with its case and child and where it stands today. */
  ordersOf(cases: readonly ProtectionCase[], only?: (state: string) => boolean) {
    const today = localDateInChina(this.clock.now());
    return cases
      .flatMap((c) =>
        (c.orders ?? []).map((o) => ({
          ...o,
          caseId: c.id,
          childId: c.childId,
          state: orderState(o, today),
        })),
      )
      .filter((o) => !only || only(o.state));
  }
}
