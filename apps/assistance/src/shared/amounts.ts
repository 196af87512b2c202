import { AssistanceErrors } from './assistance.errors';

/** A monthly amount in fen: 0 or more, at most what the benefit events carry (100,000,000). */
export function checkAmount(amount: number, field = 'input.monthlyAmountFen'): number {
  if (amount < 0) throw AssistanceErrors.amountNegative(amount, field);
  if (amount > 100_000_000) throw AssistanceErrors.amountTooLarge(amount, field);
  return amount;
}
