import { IDENTITY_HEADER } from '@qz/identity';
import {
  aChild,
  asUser,
  aUser,
  gatewayCredential,
  graphql,
  recordingRelay,
  startService,
  waitFor,
  type RecordingRelay,
  type RelayedRequest,
  type ServiceProcessUnderTest,
} from '@qz/testing';
import { freePort, ServiceProcess } from '@qz/testing';

const QUERY = '{ region(code: "450702") { code name } }';
const REGISTER = 'mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }';
const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450700');

/**
 * Issue 16 §5: the gateway's credential to a subgraph (`x-qz-identity`) is captured between the
 * gateway and the registry (a recording relay) and replayed straight to the subgraphs: to another
 * subgraph, with another body, after its 30 s, and a mutation's a second time. Each is refused with
 * its code; what the gateway itself sends still goes through. The subgraph's own query limits hold
 * for a caller with a valid credential.
 */
describe('the gateway credential: one subgraph, one request, 30 s, a mutation once (issue 16 §5)', () => {
  let registry: ServiceProcessUnderTest;
  let education: ServiceProcessUnderTest;
  let relay: RecordingRelay;
  let gateway: ServiceProcess;

  beforeAll(async () => {
    registry = await startService('registry');
    education = await startService('education');
    relay = await recordingRelay(registry.url);
    gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: relay.url,
      SUBGRAPH_EDUCATION_URL: education.url,
    });
    await gateway.start('/health/live');
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await relay?.close();
    await education?.stop();
    await registry?.stop();
  });

  /** Sends a captured request (or another body with its credential) straight to a subgraph. */
  const replay = async (to: string, captured: RelayedRequest, body = captured.body) => {
    const res = await fetch(to, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        [IDENTITY_HEADER]: captured.headers[IDENTITY_HEADER] as string,
      },
      body,
    });
    const answer = (await res.json()) as { data?: any; errors?: { extensions: { code: string } }[] };
    return { status: res.status, code: answer.errors?.[0]?.extensions.code, answer };
  };

  /** Asks the gateway, and returns what it sent the registry for it. */
  const throughGateway = async (query: string, variables: Record<string, unknown> = {}) => {
    const before = relay.seen.length;
    const res = await graphql(gateway.url, query, variables, await asUser(officer));
    expect(res.errors).toBeUndefined();
    expect(relay.seen.length).toBe(before + 1);
    return { res, captured: relay.seen[before], at: Date.now() };
  };

  it('a request through the gateway works; replayed unchanged, a query’s credential holds only for its life', async () => {
    const { res, captured, at } = await throughGateway(QUERY);
    expect(res.data.region).toEqual({ code: '450702', name: '钦南区' });
    expect(await replay(registry.url, captured)).toMatchObject({ status: 200, code: undefined });
    const refused = await waitFor(
      'the captured credential to die',
      async () => {
        const r = await replay(registry.url, captured);
        return r.status === 200 ? null : r;
      },
      { timeoutMs: 45_000, intervalMs: 1_000 },
    );
    expect(refused).toMatchObject({ status: 401, code: 'CREDENTIAL_EXPIRED' });
    expect(Date.now() - at).toBeLessThan(33_000); // 30 s of life, and a second of polling
  }, 60_000);

  it('refuses the registry’s credential at another subgraph (CREDENTIAL_WRONG_AUDIENCE, 403)', async () => {
    const { captured } = await throughGateway(QUERY);
    const answer = await replay(education.url, captured);
    expect(answer).toMatchObject({ status: 403, code: 'CREDENTIAL_WRONG_AUDIENCE' });
    expect(answer.answer.data ?? null).toBeNull();
  });

  it('refuses the credential with another body: the SDL, a 1000-alias query (CREDENTIAL_WRONG_REQUEST, 403)', async () => {
    const { captured } = await throughGateway(QUERY);
    const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ');
    for (const query of [
      '{ _service { sdl } }',
      `{ ${aliases} }`,
      '{ region(code: "450703") { code name } }',
    ]) {
      const answer = await replay(registry.url, captured, JSON.stringify({ query }));
      expect(answer).toMatchObject({ status: 403, code: 'CREDENTIAL_WRONG_REQUEST' });
      expect(answer.answer.data ?? null).toBeNull();
    }
  });

  it('takes a mutation’s credential once: replayed, it is refused (CREDENTIAL_REPLAYED, 403) and nothing is written', async () => {
    const child = aChild({ regionCode: '450702100201' });
    const { res, captured } = await throughGateway(REGISTER, { input: child });
    expect(res.data.registerChild.id).toBeTruthy();
    const again = await replay(registry.url, captured);
    expect(again).toMatchObject({ status: 403, code: 'CREDENTIAL_REPLAYED' });
    expect(
      await registry.db.collection('children').countDocuments({ residentIdNumber: child.residentIdNumber }),
    ).toBe(1);
  });

  describe('the subgraph’s own limits, for a caller holding a valid credential', () => {
    const direct = async (body: string) => {
      const res = await fetch(registry.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          [IDENTITY_HEADER]: await gatewayCredential(officer, registry.url, body),
        },
        body,
      });
      return { status: res.status, text: await res.text() };
    };

    it('refuses a 1000-alias query (TOO_MANY_ALIASES) and a 30-deep one (QUERY_TOO_DEEP) with 400', async () => {
      const aliases = Array.from({ length: 1000 }, (_, i) => `a${i}: _service { sdl }`).join(' ');
      const many = await direct(JSON.stringify({ query: `{ ${aliases} }` }));
      expect(many.status).toBe(400);
      expect(many.text).toContain('TOO_MANY_ALIASES');
      const deep = `{ __type(name: "Query") { fields { type { ${'ofType { '.repeat(27)}name${' }'.repeat(27)} } } } }`;
      const tooDeep = await direct(JSON.stringify({ query: deep }));
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.text).toContain('QUERY_TOO_DEEP');
    });

    it('refuses a body over its size limit (413)', async () => {
      const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } });
      expect((await direct(big)).status).toBe(413);
    });

    it('answers what stays within them', async () => {
      const ok = await direct(JSON.stringify({ query: QUERY }));
      expect(ok.status).toBe(200);
      expect(JSON.parse(ok.text).data.region.name).toBe('钦南区');
    });
  });
});
