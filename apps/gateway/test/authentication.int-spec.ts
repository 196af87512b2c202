import {
  IDENTITY_HEADER,
  importPrivateKey,
  importPublicKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  readPem,
  signUserToken,
  verifyGatewayAssertion,
  type Identity,
} from '@qz/identity';
import {
  aUser,
  asUser,
  gatewayCredential,
  graphql,
  recordingRelay,
  startGateway,
  startService,
  testKeys,
  type RecordingRelay,
  type ServiceProcess,
  type ServiceProcessUnderTest,
} from '@qz/testing';
import { generateKeyPairSync } from 'node:crypto';

/**
 * Issue 8 §1: every request to the gateway is authenticated before anything else. A request
 * without a valid token is refused with UNAUTHENTICATED (401), a reason and no data, and no
 * subgraph is called: the registry sits behind a relay that counts every request the gateway sends
 * it. A valid token reaches the registry with the gateway's signed assertion, which is the only
 * credential the registry accepts.
 */
describe('gateway authentication (issue 8 §1)', () => {
  const settings = {
    issuer: process.env.AUTH_ISSUER ?? LOCAL_ISSUER,
    audience: process.env.AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
  };
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450700', { name: '钦州市民政局 测试' });
  const QUERY = '{ region(code: "450702") { code name } }';
  let registry: ServiceProcessUnderTest;
  let gateway: ServiceProcess;
  let relay: RecordingRelay;
  /** What the relay passed on to the registry: each request's headers. */
  const seen = () => relay.seen.map((r) => r.headers);

  beforeAll(async () => {
    registry = await startService('registry');
    relay = await recordingRelay(registry.url);
    gateway = await startGateway(
      Object.fromEntries(
        ['registry', 'education', 'health', 'police', 'assistance'].map((n) => [n, relay.url]),
      ),
    );
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await relay?.close();
    await registry?.stop();
  });

  const issuerKey = async () => importPrivateKey(readPem(testKeys().issuerPrivate));
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  /** Sends the query with these headers; asserts the refusal and that no subgraph was called. */
  async function refusedWith(headers: Record<string, string>, reason: string) {
    const before = relay.seen.length;
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: any }[] };
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason });
    expect(body.errors[0].message).not.toMatch(/eyJ/); // the token is never echoed
    expect(relay.seen.length).toBe(before);
  }

  it('refuses a request without a token', async () => {
    await refusedWith({}, 'MISSING');
  });

  it('refuses a malformed Authorization header, and a bearer value that is no JWT', async () => {
    await refusedWith({ authorization: 'Basic dXNlcjpwYXNz' }, 'MALFORMED');
    await refusedWith({ authorization: 'Bearer' }, 'MALFORMED');
    await refusedWith(bearer('abc.def.ghi'), 'MALFORMED');
  });

  it('refuses a token signed by another key', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const stranger = await importPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
    await refusedWith(bearer(await signUserToken(officer, stranger, settings)), 'BAD_SIGNATURE');
  });

  it('refuses an expired token', async () => {
    const expired = await signUserToken(
      officer,
      await issuerKey(),
      settings,
      Math.floor(Date.now() / 1000) - 60,
    );
    await refusedWith(bearer(expired), 'EXPIRED');
  });

  it('refuses a token given a longer life than AUTH_MAX_TOKEN_HOURS (12 h), accepts one of 12 h (issue 16 §6)', async () => {
    await refusedWith(
      bearer(await signUserToken(officer, await issuerKey(), settings, '13h')),
      'LIFETIME_TOO_LONG',
    );
    await refusedWith(
      bearer(await signUserToken(officer, await issuerKey(), settings, '365d')),
      'LIFETIME_TOO_LONG',
    );
    const res = await graphql(
      gateway.url,
      QUERY,
      {},
      bearer(await signUserToken(officer, await issuerKey(), settings, '12h')),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.region.code).toBe('450702');
  });

  it('refuses a token for another audience, or from another issuer', async () => {
    const key = await issuerKey();
    await refusedWith(
      bearer(await signUserToken(officer, key, { ...settings, audience: 'elsewhere' })),
      'WRONG_AUDIENCE',
    );
    await refusedWith(
      bearer(await signUserToken(officer, key, { ...settings, issuer: 'https://idp.elsewhere' })),
      'WRONG_ISSUER',
    );
  });

  it('refuses a token with a role the system does not know, or without a region', async () => {
    const key = await issuerKey();
    await refusedWith(
      bearer(await signUserToken({ ...officer, roles: ['ROOT' as never] }, key, settings)),
      'BAD_CLAIMS',
    );
    await refusedWith(
      bearer(await signUserToken({ ...officer, regionCode: 'everywhere' }, key, settings)),
      'BAD_CLAIMS',
    );
  });

  it('refuses the gateway’s own assertion offered as a user token', async () => {
    const assertion = await gatewayCredential(officer, registry.url, '{}');
    await refusedWith(bearer(assertion), 'BAD_SIGNATURE'); // signed by the gateway, not the issuer
  });

  it('forwards a valid token’s identity to the registry as the gateway’s signed assertion, and the registry answers', async () => {
    const before = relay.seen.length;
    const res = await graphql(gateway.url, QUERY, {}, await asUser({ ...officer, purpose: 'audit check' }));
    expect(res.errors).toBeUndefined();
    expect(res.data.region).toEqual({ code: '450702', name: '钦南区' });
    const sent = seen().slice(before);
    expect(sent.length).toBeGreaterThan(0);
    for (const [i, headers] of sent.entries()) {
      expect(headers.authorization).toBeUndefined(); // the user's token stays at the gateway
      const assertion = headers[IDENTITY_HEADER] as string;
      const gatewayKey = await importPublicKey(readPem(testKeys().gatewayPublic));
      const binding = { audience: 'registry', body: relay.seen[before + i].body };
      const { identity } = await verifyGatewayAssertion(assertion, gatewayKey, binding);
      expect(identity).toEqual<Identity>({ ...officer, purpose: 'audit check' });
    }
  });

  it('decodes a purpose sent percent-encoded (headers carry ASCII) before signing it for the subgraphs', async () => {
    const before = relay.seen.length;
    const headers = { ...(await asUser(officer)), 'x-access-purpose': encodeURIComponent('家访核查') };
    const res = await graphql(gateway.url, QUERY, {}, headers);
    expect(res.errors).toBeUndefined();
    const gatewayKey = await importPublicKey(readPem(testKeys().gatewayPublic));
    const assertion = seen()[before][IDENTITY_HEADER] as string;
    const binding = { audience: 'registry', body: relay.seen[before].body };
    expect((await verifyGatewayAssertion(assertion, gatewayKey, binding)).identity.purpose).toBe('家访核查');
  });

  it('a request straight to the registry without the gateway’s assertion is refused with 401', async () => {
    const direct = async (headers: Record<string, string>) => {
      const res = await fetch(registry.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
        body: JSON.stringify({ query: QUERY }),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const none = await direct({});
    expect(none.status).toBe(401);
    expect(none.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(none.body.data ?? null).toBeNull();
    // A user's own token is no credential for a subgraph, in either header.
    const token = (await asUser(officer)).authorization;
    expect((await direct({ authorization: token })).status).toBe(401);
    expect((await direct({ [IDENTITY_HEADER]: token.replace('Bearer ', '') })).status).toBe(401);
  });
});
