import { freePort, graphql, ServiceProcess, uniqueName, uniqueTopicPrefix } from '@qz/testing';
import { createServer, type Server } from 'node:http';
import { createConnection } from 'mongoose';

/**
 * The gateway's limits, against a real registry: an operation over a limit is refused with its
 * code and never reaches the subgraph. Every request the gateway sends to the registry passes a
 * counting relay in between, so "never reached" is measured, not assumed.
 */
describe('gateway query limits', () => {
  const db = uniqueName('limits');
  let registry: ServiceProcess;
  let gateway: ServiceProcess;
  let relay: Server;
  let forwarded = 0;

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: db,
      KAFKA_TOPIC_PREFIX: uniqueTopicPrefix(),
    });
    await registry.start();
    const relayPort = await freePort();
    relay = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        forwarded += 1;
        const answer = await fetch(registry.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: Buffer.concat(chunks),
        });
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => relay.listen(relayPort, '127.0.0.1', resolve));
    gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: `http://127.0.0.1:${relayPort}/graphql`,
      MAX_QUERY_DEPTH: '6',
      MAX_QUERY_COST: '100',
      MAX_QUERY_ALIASES: '5',
      MAX_QUERY_TOKENS: '600',
      MAX_BODY_BYTES: '20000',
    });
    await gateway.start('/health/live');
  });

  afterAll(async () => {
    await gateway?.stop();
    await registry?.stop();
    await new Promise((resolve) => relay?.close(resolve));
    const conn = await createConnection(process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017/', {
      dbName: db,
    }).asPromise();
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
  });

  async function refused(query: string, variables: Record<string, unknown> = {}) {
    const before = forwarded;
    const res = await graphql(gateway.url, query, variables);
    expect(forwarded).toBe(before); // the registry was never asked
    expect(res.data ?? null).toBeNull();
    return res.errors?.[0];
  }

  it('answers an ordinary query through the registry', async () => {
    const before = forwarded;
    const res = await graphql(gateway.url, '{ region(code: "450702") { name path { code } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.region.name).toBe('钦南区');
    expect(forwarded).toBeGreaterThan(before);
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
    const before = forwarded;
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: huge }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      errors: [{ extensions: { code: 'REQUEST_TOO_LARGE', limitBytes: 20000 } }],
    });
    expect(forwarded).toBe(before);
  });

  it('refuses batched (array) requests and gives no field suggestions', async () => {
    const before = forwarded;
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
    expect(forwarded).toBe(before);
    const typo = await refused('{ regoin(code: "450702") { code } }');
    expect(typo?.message).not.toMatch(/did you mean/i);
  });

  it('leaves the page-size limit to the subgraph that owns the list', async () => {
    const res = await graphql(
      gateway.url,
      'query ($first: Int!) { children(filter: { regionCode: "450702" }, first: $first) { totalCount } }',
      { first: 1000 },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
    // A literal page size counts in the cost: a page of 1000 costs more than this gateway allows.
    expect(
      await refused('{ children(filter: { regionCode: "450702" }, first: 1000) { totalCount } }'),
    ).toMatchObject({
      extensions: { code: 'QUERY_TOO_COSTLY' },
    });
  });
});
