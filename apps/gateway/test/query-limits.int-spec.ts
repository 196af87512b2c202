import {
  aUser,
  asUser,
  graphql,
  recordingRelay,
  startGateway,
  startService,
  type RecordingRelay,
  type ServiceProcess,
  type ServiceProcessUnderTest,
} from '@qz/testing';

/**
 * The gateway's limits, against a real registry: an operation over a limit is refused with its
 * code and never reaches the subgraph. Every request the gateway sends to the registry passes a
 * counting relay in between, so "never reached" is measured, not assumed. Every request is an
 * authenticated user's (the city's civil-affairs officer): a limit is not a way around signing in,
 * and a signed-in user over a limit gets the limit's code.
 */
describe('gateway query limits', () => {
  let registry: ServiceProcessUnderTest;
  let gateway: ServiceProcess;
  let relay: RecordingRelay;
  let production: ServiceProcess;
  let officer: Record<string, string>;
  /** How many requests the gateways sent the registry. */
  const forwarded = () => relay.seen.length;

  beforeAll(async () => {
    registry = await startService('registry');
    relay = await recordingRelay(registry.url);
    gateway = await startGateway(
      { registry: relay.url },
      {
        MAX_QUERY_DEPTH: '6',
        MAX_QUERY_COST: '100',
        MAX_QUERY_ALIASES: '5',
        MAX_QUERY_TOKENS: '600',
        MAX_BODY_BYTES: '20000',
        MAX_PAGE_SIZE: '20',
      },
    );
    production = await startGateway({ registry: relay.url }, { NODE_ENV: 'production' });
    officer = await asUser(aUser('CIVIL_AFFAIRS_OFFICER', '450700'));
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await production?.stop();
    await relay?.close();
    await registry?.stop();
  });

  async function refused(query: string, variables: Record<string, unknown> = {}) {
    const before = forwarded();
    const res = await graphql(gateway.url, query, variables, officer);
    expect(forwarded()).toBe(before); // the registry was never asked
    expect(res.data ?? null).toBeNull();
    return res.errors?.[0];
  }

  it('answers an ordinary query through the registry', async () => {
    const before = forwarded();
    const res = await graphql(gateway.url, '{ region(code: "450702") { name path { code } } }', {}, officer);
    expect(res.errors).toBeUndefined();
    expect(res.data.region.name).toBe('钦南区');
    expect(forwarded()).toBeGreaterThan(before);
  });

  it('refuses a query nested deeper than MAX_QUERY_DEPTH', async () => {
    const deep = '{ region(code: "450702") { path { path { path { path { path { path { code } } } } } } } }';
    expect(await refused(deep)).toMatchObject({
      extensions: { code: 'QUERY_TOO_DEEP' },
      message: expect.stringContaining('depth limit of 6'),
    });
  });

  it('refuses a query costlier than MAX_QUERY_COST', async () => {
    const fields = 'code name level parentCode';
    const wide = `{ region(code: "450702") { ${fields} path { ${fields} children { ${fields} path { ${fields} children { ${fields} } } } } } }`;
    expect(await refused(wide)).toMatchObject({ extensions: { code: 'QUERY_TOO_COSTLY' } });
  });

  it('refuses an alias-heavy query, and a fragment that spreads itself', async () => {
    const aliases = Array.from({ length: 8 }, (_, i) => `a${i}: region(code: "450702") { code }`).join(' ');
    expect(await refused(`{ ${aliases} }`)).toMatchObject({ extensions: { code: 'TOO_MANY_ALIASES' } });
    const cycle = 'query { ...A } fragment A on Query { region(code: "450702") { code } ...A }';
    expect(await refused(cycle)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('refuses a query of too many tokens, and a body over MAX_BODY_BYTES with a GraphQL error', async () => {
    const long = `{ ${'__typename '.repeat(700)}}`;
    expect(await refused(long)).toMatchObject({ extensions: { code: 'QUERY_TOO_LARGE' } });
    const huge = { blob: 'x'.repeat(30_000) };
    const before = forwarded();
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify({ query: '{ __typename }', variables: huge }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'REQUEST_TOO_LARGE', limitBytes: 20000 } }],
    });
    expect(forwarded()).toBe(before);
    // A huge variables object, one of many keys: refused the same way, and the gateway still answers.
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`v${i}`, i]));
    const again = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify({ query: '{ __typename }', variables: many }),
    });
    expect(again.status).toBe(413);
    expect(forwarded()).toBe(before);
    expect((await fetch(gateway.url.replace('/graphql', '/health/live'))).ok).toBe(true);
  });

  it('refuses batched (array) requests and gives no field suggestions', async () => {
    const before = forwarded();
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...officer },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(forwarded()).toBe(before);
    const typo = await refused('{ regoin(code: "450702") { code } }');
    expect(typo?.message).not.toMatch(/did you mean/i);
  });

  it('refuses a page larger than MAX_PAGE_SIZE, literal or variable, before any subgraph is called', async () => {
    const list =
      'query ($first: Int!) { children(filter: { regionCode: "450702" }, first: $first) { totalCount } }';
    expect(await refused(list, { first: 1000 })).toMatchObject({
      extensions: { code: 'PAGE_SIZE_TOO_LARGE', argument: 'first', maxPageSize: 20 },
    });
    expect(
      await refused('{ children(filter: { regionCode: "450702" }, first: 21) { totalCount } }'),
    ).toMatchObject({ extensions: { code: 'PAGE_SIZE_TOO_LARGE' } });
    // Within the gateway's limit, the subgraph that owns the list still checks its own range.
    const res = await graphql(gateway.url, list, { first: 0 }, officer);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
  });

  it('counts a variable’s default and a field’s schema default as the page asked for (issue 16 §6)', async () => {
    expect(
      await refused('query ($n: Int = 1000) { regions(under: "450700", first: $n) { code } }'),
    ).toMatchObject({
      extensions: { code: 'PAGE_SIZE_TOO_LARGE', argument: 'first', fromDefault: 'variable' },
    });
    // regions’ `first` defaults to 200, children's to 50: both above this gateway's 20
    expect(await refused('{ regions(under: "450700") { code } }')).toMatchObject({
      extensions: { code: 'PAGE_SIZE_TOO_LARGE', argument: 'first', fromDefault: 'schema' },
    });
    expect(await refused('{ children(filter: { regionCode: "450702" }) { totalCount } }')).toMatchObject({
      extensions: { code: 'PAGE_SIZE_TOO_LARGE', fromDefault: 'schema' },
    });
    const within = await graphql(
      gateway.url,
      'query ($n: Int = 5) { regions(under: "450702", first: $n) { code } }',
      {},
      officer,
    );
    expect(within.errors).toBeUndefined();
    expect(within.data.regions).toHaveLength(5);
  });

  it('answers a syntax error and an over-long query with 400 and a GraphQL error (issue 16 §6)', async () => {
    const post = (query: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...officer },
        body: JSON.stringify({ query }),
      });
    const before = forwarded();
    const syntax = await post('{ region(code: "450702") { name }');
    expect(syntax.status).toBe(400);
    expect(await syntax.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
    const long = await post(`{ ${'__typename '.repeat(700)}}`);
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ errors: [{ extensions: { code: 'QUERY_TOO_LARGE' } }] });
    expect(forwarded()).toBe(before);
  });

  it('checks the token before any limit: an over-limit request without one is UNAUTHENTICATED', async () => {
    const before = forwarded();
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ children(first: 1000) { totalCount } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(forwarded()).toBe(before);
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const before = forwarded();
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: officer,
    });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF|preflight/i);
    const form = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...officer },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBe(400);
    expect(forwarded()).toBe(before);
  });

  it('answers introspection in development and refuses it in production', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const dev = await graphql(gateway.url, introspect, {}, officer);
    expect(dev.data?.__schema.queryType.name).toBe('Query');
    const prod = await graphql(production.url, introspect, {}, officer);
    expect(prod.data ?? null).toBeNull();
    expect(prod.errors?.[0].message).toMatch(/introspection/i);
  });
});
