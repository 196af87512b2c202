import type { LocalDate } from '@qz/kernel';

/**
 * 四(二)3 责令其父母立即返回或确定受委托监护人: police order the parents to come back to the child,
 * or to name an entrusted guardian (四(一)1 委托有监护能力的亲属或其他成年人代为监护).
 */
export const ORDER_KINDS = ['RETURN_TO_CHILD', 'NAME_ENTRUSTED_GUARDIAN'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export type OrderState = 'OPEN' | 'OVERDUE' | 'COMPLIED';

export interface OrderFollowUp {
  checkedOn: LocalDate;
  complied: boolean;
  entrustedGuardian: string | null;
}

/**
 * Where an order stands on `today`: complied once a follow-up found it done; overdue once its
 * deadline has passed without that; open before.
 */
export function orderState(
  order: { dueOn: LocalDate; followUps: readonly OrderFollowUp[] },
  today: LocalDate,
): OrderState {
  if (order.followUps.some((f) => f.complied)) return 'COMPLIED';
  return today > order.dueOn ? 'OVERDUE' : 'OPEN';
}

/** An order complied with by naming an entrusted guardian names that guardian. */
export const followUpNeedsGuardian = (
  kind: OrderKind,
  complied: boolean,
  guardian: string | null | undefined,
) => kind === 'NAME_ENTRUSTED_GUARDIAN' && complied && !guardian?.trim();
