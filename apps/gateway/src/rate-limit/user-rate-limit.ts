import { GraphQLError } from 'graphql';

/** A user's budget: `burst` requests at once, refilled at `perSecond`; at most `users` kept in memory. */
export interface RateLimitSettings {
  burst: number;
  perSecond: number;
  users: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Requests per user at the gateway, a token bucket per user id (the verified token's subject, not
 * the address: staff behind one office NAT do not share a budget, and one user cannot spread a flood
 * over many addresses). No package of the kind is among the gateway's dependencies, so this is a
 * small one of its own. Memory is bounded: past `users` buckets, the full ones (users who have
 * rested) are dropped, then the least recently used; a dropped user starts again with a full bucket.
 */
export class UserRateLimit {
  /** user id → bucket, least recently used first. */
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** Takes one request from the user's budget: 0 when allowed, else the seconds to wait. */
  take(userId: string): number {
    const now = this.now();
    const bucket = this.refilled(this.buckets.get(userId), now);
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    this.buckets.delete(userId);
    this.buckets.set(userId, bucket);
    if (this.buckets.size > this.settings.users) this.shrink(now);
    return allowed ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / this.settings.perSecond));
  }

  /** Refuses the request with 429, a Retry-After and the machine code RATE_LIMITED when over budget. */
  check(userId: string): void {
    const wait = this.take(userId);
    if (wait === 0) return;
    throw new GraphQLError(
      `Too many requests: wait ${wait} s, then try again (at most ${this.settings.burst} at once, ${this.settings.perSecond} a second after that).`,
      {
        extensions: {
          code: 'RATE_LIMITED',
          retryAfterSeconds: wait,
          // Apollo takes the status and headers of the answer from here; it wants a Map (another
          // package's typing of `extensions` says a record).
          http: { status: 429, headers: new Map([['retry-after', String(wait)]]) as never },
        },
      },
    );
  }

  private refilled(bucket: Bucket | undefined, now: number): Bucket {
    const { burst, perSecond } = this.settings;
    if (!bucket) return { tokens: burst, at: now };
    return { tokens: Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond), at: now };
  }

  private shrink(now: number): void {
    for (const [id, bucket] of this.buckets) {
      if (this.refilled(bucket, now).tokens >= this.settings.burst) this.buckets.delete(id);
    }
    for (const id of this.buckets.keys()) {
      if (this.buckets.size <= this.settings.users) return;
      this.buckets.delete(id);
    }
  }
}
