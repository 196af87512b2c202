import { GraphQLError } from 'graphql';
import { UserRateLimit } from './user-rate-limit';

/** Issue 16: rate limits per user at the gateway (a burst gets 429 with a retry time). */
describe('the per-user rate limit (issue 16)', () => {
  const clock = () => {
    const c = { t: 0, now: () => c.t };
    return c;
  };

  it('allows a burst, then refuses with the seconds to wait, and refills with time', () => {
    const c = clock();
    const limit = new UserRateLimit({ burst: 3, perSecond: 0.5, users: 10 }, c.now);
    expect([1, 2, 3].map(() => limit.take('u'))).toEqual([0, 0, 0]);
    expect(limit.take('u')).toBe(2); // one request back after 2 s at 0.5/s
    c.t = 2_000;
    expect(limit.take('u')).toBe(0);
    expect(limit.take('u')).toBe(2);
  });

  it('counts per user: one user over budget does not hold up another', () => {
    const limit = new UserRateLimit({ burst: 1, perSecond: 1, users: 10 }, clock().now);
    expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBe(1);
    expect(limit.take('b')).toBe(0);
  });

  it('answers over budget with RATE_LIMITED, HTTP 429 and Retry-After', () => {
    const limit = new UserRateLimit({ burst: 1, perSecond: 0.25, users: 10 }, clock().now);
    limit.check('u');
    let refused: unknown;
    try {
      limit.check('u');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GraphQLError);
    const { code, retryAfterSeconds, http } = (refused as GraphQLError).extensions as any;
    expect({ code, retryAfterSeconds, status: http.status }).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 4,
      status: 429,
    });
    expect(http.headers.get('retry-after')).toBe('4');
  });

  it('keeps at most `users` buckets: rested users first, then the least recently seen', () => {
    const c = clock();
    const limit = new UserRateLimit({ burst: 2, perSecond: 1, users: 3 }, c.now);
    for (const u of ['a', 'b', 'c']) limit.take(u);
    c.t = 5_000; // a, b and c have rested: their buckets are full again
    limit.take('d');
    expect(limit.size).toBe(1);
    limit.take('d');
    expect(limit.take('d')).toBeGreaterThan(0); // d's own bucket was kept: its burst is spent
    for (const u of ['e', 'f', 'g', 'h']) limit.take(u);
    expect(limit.size).toBe(3);
  });
});
