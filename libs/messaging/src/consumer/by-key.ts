/**
 * Runs `work` over `items` grouped by key: the items of one key one after another, in their
 * order; different keys side by side, at most `concurrency` at a time. A consumer batch is one
 * partition's messages, and a message's key is its subject (the aggregate it is about), so this
 * keeps the order of each aggregate's events while unrelated ones overlap their store round trips.
 * The first failure is thrown once every started key has finished (none is left running).
 */
export async function runByKey<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const queue = [...groups.values()];
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    for (let group = queue.shift(); group && !failure; group = queue.shift()) {
      for (const item of group) {
        if (failure) return;
        try {
          await work(item);
        } catch (error) {
          failure ??= { error };
          return;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, queue.length)) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}
