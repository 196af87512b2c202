/** Money is integer fen (1/100 yuan) everywhere; this is only for messages. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} yuan`;
}

/** A ratio in basis points (1/10000) applied to an amount, rounded down to the fen. */
export function applyRatio(amountFen: number, ratioBp: number): number {
  return Math.floor((amountFen * ratioBp) / 10_000);
}

/** Largest amount any money field accepts: 100 million yuan. */
export const MAX_FEN = 10_000_000_000;
