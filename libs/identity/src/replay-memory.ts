/** What ReplayMemory says of a credential id offered to it. */
export type ReplayVerdict = 'FIRST_USE' | 'REPLAYED' | 'FULL';

/**
 * The ids of the credentials one service instance has accepted, each kept until its credential
 * expires (after that the credential is refused as expired anyway): a credential offered a second
 * time while it lives is REPLAYED. In memory only, no store write per request; at most `capacity`
 * ids, and when that many live ids are held a new one is refused (FULL) rather than an old one
 * forgotten, so memory stays bounded without ever letting a replay through.
 */
export class ReplayMemory {
  /** id → expiry (ms). Insertion order is close to expiry order (every credential lives as long). */
  private readonly ids = new Map<string, number>();

  constructor(
    readonly capacity = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.ids.size;
  }

  /** Takes the id on its first use while it lives; REPLAYED after that; FULL when no room is left. */
  accept(id: string, expiresAtMs: number): ReplayVerdict {
    this.forgetExpired(false);
    if (this.ids.has(id)) return 'REPLAYED';
    if (this.ids.size >= this.capacity) {
      this.forgetExpired(true);
      if (this.ids.size >= this.capacity) return 'FULL';
    }
    this.ids.set(id, expiresAtMs);
    return 'FIRST_USE';
  }

  /** Drops expired ids: from the oldest until a live one (cheap), or all of them (`everywhere`). */
  private forgetExpired(everywhere: boolean): void {
    const now = this.now();
    for (const [id, expiresAt] of this.ids) {
      if (expiresAt <= now) this.ids.delete(id);
      else if (!everywhere) return;
    }
  }
}
