/**
 * Writers of one key in this process, one at a time, in arrival order: only the head of a key's
 * queue goes to the store for the lease, so writers in one process never contend there.
 */
export class LocalQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Waits for this writer's turn; resolves with the function that ends it. Rejects when the turn
   * has not come within `timeoutMs` (the queue then flows past this writer).
   */
  enter(key: string, timeoutMs: number, onTimeout: () => Error): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const { done, release } = this.slot(key, previous);
    let timedOut = false;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        timedOut = true;
        release();
        reject(onTimeout());
      }, timeoutMs);
      void previous.then(() => {
        if (timedOut) return;
        clearTimeout(timer);
        resolve(release);
      });
      void done;
    });
  }

  /** This writer's turn now, or null when another writer of the key is ahead. */
  tryEnter(key: string): (() => void) | null {
    if (this.tails.has(key)) return null;
    return this.slot(key, Promise.resolve()).release;
  }

  /** Keys with a writer in them (for tests). */
  get size(): number {
    return this.tails.size;
  }

  private slot(key: string, previous: Promise<void>) {
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return { done, release };
  }
}
