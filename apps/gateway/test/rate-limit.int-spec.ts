import { asUser, aUser, freePort, ServiceProcess, waitFor } from '@qz/testing';

/**
 * Issue 16: rate limits per user at the gateway. A gateway with a small budget (3 at once, one
 * more every 2 s): a user's burst beyond it gets 429 with Retry-After and RATE_LIMITED, another user
 * from the same address is not held up, and the user is let in again once the wait is over.
 * `{ __typename }` is answered by the gateway itself: no subgraph is needed.
 */
describe('the gateway’s per-user rate limit (issue 16)', () => {
  let gateway: ServiceProcess;

  beforeAll(async () => {
    gateway = new ServiceProcess('gateway', await freePort(), {
      RATE_LIMIT_BURST: '3',
      RATE_LIMIT_PER_SECOND: '0.5',
    });
    await gateway.start('/health/live');
  }, 60_000);

  afterAll(() => gateway?.stop());

  const ask = async (headers: Record<string, string>) => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as any,
    };
  };

  it('refuses a burst beyond the budget with 429, Retry-After and RATE_LIMITED; per user, not per address', async () => {
    const busy = await asUser(aUser('SCHOOL_STAFF', '450702', { userId: 'rate-busy' }));
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await ask(busy));
    expect(answers.slice(0, 3).map((a) => a.status)).toEqual([200, 200, 200]);
    const refused = answers[3];
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(refused.body.errors[0].extensions.retryAfterSeconds).toBe(Number(refused.retryAfter));

    // Another user, same address: a budget of their own.
    const other = await asUser(aUser('SCHOOL_STAFF', '450702', { userId: 'rate-other' }));
    expect((await ask(other)).status).toBe(200);

    // After the wait, the busy user is let in again.
    const let_in = await waitFor(
      'the busy user’s budget to refill',
      async () => {
        const a = await ask(busy);
        return a.status === 200 ? a : null;
      },
      { timeoutMs: 10_000, intervalMs: 500 },
    );
    expect(let_in.body.data).toEqual({ __typename: 'Query' });
  });

  it('does not count requests without a valid token against anyone (they are refused with 401 first)', async () => {
    for (let i = 0; i < 5; i++) expect((await ask({})).status).toBe(401);
    const fresh = await asUser(aUser('SCHOOL_STAFF', '450702', { userId: 'rate-fresh' }));
    expect((await ask(fresh)).status).toBe(200);
  });
});
