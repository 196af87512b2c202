import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, SignJWT } from 'jose';
import {
  ASSERTION_TTL_SECONDS,
  canonicalBody,
  GATEWAY_ISSUER,
  importPrivateKey,
  importPublicKey,
  ReplayMemory,
  requestDigest,
  signGatewayAssertion,
  verifyGatewayAssertion,
  type Identity,
} from './index';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const priv = () => importPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
const pub = () => importPublicKey(publicKey.export({ type: 'spki', format: 'pem' }).toString());

const officer: Identity = {
  userId: 'u-1',
  name: '测试',
  department: 'CIVIL_AFFAIRS',
  roles: ['CIVIL_AFFAIRS_OFFICER'],
  regionCode: '450702',
};
const body = JSON.stringify({ query: 'mutation { a }', variables: { id: 'c-1', n: 0.1 } });
const forRegistry = { audience: 'registry', body };

/** Issue 16 §5: the gateway credential is bound to one subgraph, one request, 30 s, one use. */
describe('the gateway credential (issue 16 §5)', () => {
  it('is accepted by the subgraph and for the request it was issued for', async () => {
    const token = await signGatewayAssertion(officer, await priv(), forRegistry);
    const verified = await verifyGatewayAssertion(token, await pub(), forRegistry);
    expect(verified.identity).toEqual(officer);
    expect(verified.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(verified.expiresAtMs - Date.now()).toBeLessThanOrEqual(ASSERTION_TTL_SECONDS * 1000);
  });

  it('lives at most 30 s and carries a new id each time', async () => {
    expect(ASSERTION_TTL_SECONDS).toBeLessThanOrEqual(30);
    const a = await verifyGatewayAssertion(
      await signGatewayAssertion(officer, await priv(), forRegistry),
      await pub(),
      forRegistry,
    );
    const b = await verifyGatewayAssertion(
      await signGatewayAssertion(officer, await priv(), forRegistry),
      await pub(),
      forRegistry,
    );
    expect(a.id).not.toBe(b.id);
  });

  it('is given exactly 30 s of life even when a second ends while it is being signed', async () => {
    const key = await priv();
    // The clock reads 0.999 s past a second, then the next second: a credential whose issue and
    // expiry times were read apart would get 31 s, which the subgraph refuses (LIFETIME_TOO_LONG).
    const ticks = [1_796_000_000_999, 1_796_000_001_000];
    let read = 0;
    const next = () => ticks[Math.min(read++, ticks.length - 1)];
    const RealDate = Date;
    class TickingDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [number]));
        else super(next());
      }
      static override now() {
        return next();
      }
    }
    global.Date = TickingDate as DateConstructor;
    let token: string;
    try {
      token = await signGatewayAssertion(officer, key, forRegistry);
    } finally {
      global.Date = RealDate;
    }
    const { iat, exp } = decodeJwt(token);
    expect((exp as number) - (iat as number)).toBe(ASSERTION_TTL_SECONDS);
  });

  it('is refused by another subgraph (WRONG_AUDIENCE)', async () => {
    const token = await signGatewayAssertion(officer, await priv(), forRegistry);
    await expect(
      verifyGatewayAssertion(token, await pub(), { audience: 'assistance', body }),
    ).rejects.toMatchObject({ reason: 'WRONG_AUDIENCE' });
  });

  it('is refused with another request body (WRONG_REQUEST)', async () => {
    const token = await signGatewayAssertion(officer, await priv(), forRegistry);
    const other = JSON.stringify({ query: 'mutation { b }', variables: { id: 'c-1', n: 0.1 } });
    await expect(
      verifyGatewayAssertion(token, await pub(), { audience: 'registry', body: other }),
    ).rejects.toMatchObject({ reason: 'WRONG_REQUEST' });
  });

  it('is refused when given more than 30 s of life, or expired', async () => {
    const now = Math.floor(Date.now() / 1000);
    const signed = (iat: number, exp: number) =>
      priv().then((key) =>
        new SignJWT({
          dep: 'CIVIL_AFFAIRS',
          roles: ['CIVIL_AFFAIRS_OFFICER'],
          region: '450702',
          name: 'x',
          req: requestDigest(body),
        })
          .setProtectedHeader({ alg: 'EdDSA' })
          .setSubject('u-1')
          .setIssuer(GATEWAY_ISSUER)
          .setAudience('registry')
          .setJti('j-1')
          .setIssuedAt(iat)
          .setExpirationTime(exp)
          .sign(key),
      );
    await expect(
      verifyGatewayAssertion(await signed(now, now + 120), await pub(), forRegistry),
    ).rejects.toMatchObject({
      reason: 'LIFETIME_TOO_LONG',
    });
    await expect(
      verifyGatewayAssertion(await signed(now - 40, now - 10), await pub(), forRegistry),
    ).rejects.toMatchObject({
      reason: 'EXPIRED',
    });
  });

  it('compares the body as the subgraph parsed it: the text the gateway wrote comes back unchanged', () => {
    const sent = JSON.stringify({
      query: '{ x }',
      variables: { '2': 'b', a: '\u2028"\\', n: -1.5e-7, big: 2 ** 60 },
    });
    expect(canonicalBody(JSON.parse(sent))).toBe(sent);
    expect(canonicalBody(undefined)).toBe('{}');
  });
});

describe('a mutation’s credential is accepted once per instance (ReplayMemory)', () => {
  it('takes an id once while it lives, and forgets it when it has expired', () => {
    let now = 1_000;
    const memory = new ReplayMemory(10, () => now);
    expect(memory.accept('a', 31_000)).toBe('FIRST_USE');
    expect(memory.accept('a', 31_000)).toBe('REPLAYED');
    now = 31_000;
    expect(memory.accept('b', 61_000)).toBe('FIRST_USE');
    expect(memory.size).toBe(1);
  });

  it('keeps memory bounded: when full of live ids it refuses a new one rather than forget an old one', () => {
    let now = 0;
    const memory = new ReplayMemory(3, () => now);
    for (const id of ['a', 'b', 'c']) expect(memory.accept(id, 30_000)).toBe('FIRST_USE');
    expect(memory.accept('d', 30_000)).toBe('FULL');
    expect(memory.accept('a', 30_000)).toBe('REPLAYED');
    now = 30_000;
    expect(memory.accept('d', 60_000)).toBe('FIRST_USE');
    expect(memory.size).toBe(1);
  });

  it('sweeps expired ids behind a live one when it fills up', () => {
    let now = 0;
    const memory = new ReplayMemory(2, () => now);
    memory.accept('late', 50_000);
    memory.accept('early', 10_000);
    now = 20_000;
    expect(memory.accept('new', 50_000)).toBe('FIRST_USE');
    expect(memory.size).toBe(2);
  });
});
