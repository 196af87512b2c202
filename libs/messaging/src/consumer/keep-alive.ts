/**
 * Runs `work` while telling the group, every `everyMs`, that this member is alive: a chunk whose
 * events wait on leased documents or a slow store can take longer than the session timeout, and a
 * member that stays silent that long is dropped from the group, its chunk read again by another.
 * A failed heartbeat here (a rebalance under way) is left for the next awaited one to report.
 */
export async function keepingAlive<T>(
  heartbeat: () => Promise<void>,
  everyMs: number,
  work: () => Promise<T>,
): Promise<T> {
  const timer = setInterval(() => void heartbeat().catch(() => undefined), everyMs);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
