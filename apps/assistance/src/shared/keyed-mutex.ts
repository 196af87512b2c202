/**
 * Runs tasks with the same key one after another within this process: a check that reads and a
 * write that depends on it (e.g. "no overlapping benefit" then "insert") cannot interleave with
 * another request's. The store's unique keys guard the same invariants across processes.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.tails.get(key) ?? Promise.resolve()).then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }
}
