import type { LocalDate } from '@qz/kernel';
import type { OrderFollowUp, OrderKind } from './order.rules';

/** 四(二)3 责令: an order to the parents, its deadline, and each check of it. */
export interface StoredOrder {
  id: string;
  kind: OrderKind;
  /** The parent (or parents) it is addressed to. */
  addressedTo: string;
  issuedOn: LocalDate;
  dueOn: LocalDate;
  notes: string;
  issuedBy: string;
  followUps: (OrderFollowUp & { notes: string; by: string })[];
}
