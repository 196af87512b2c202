import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import {
  importPrivateKey,
  importPublicKey,
  maskResidentId,
  regionCovers,
  signGatewayAssertion,
  signUserToken,
  TokenRejected,
  verifyGatewayAssertion,
  verifyUserToken,
  type Identity,
} from './index';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    priv: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pub: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('region scope (五(一): every user sees only their region’s subtree)', () => {
  it.each([
    ['450700', '450702100201', true],
    ['450700', '450721', true],
    ['450700', '450700', true],
    ['450702', '450702100201', true],
    ['450702', '450703100201', false],
    ['450702', '450700', false],
    ['450702100', '450702100201', true],
    ['450702100', '450702101201', false],
    ['450702100201', '450702100201', true],
    ['450702100201', '450702100202', false],
    ['450700', '450800', false],
    ['450700', 'not-a-code', false],
  ])('a user of %s covers %s: %s', (scope, code, expected) => {
    expect(regionCovers(scope, code)).toBe(expected);
  });
});

describe('identity numbers are masked unless the role needs them (docs/domain/data-about-minors.md)', () => {
  it('hides every character: region and birth date would rebuild the number from any part of its last four (issue 16 §2)', () => {
    expect(maskResidentId('45070220140309123X')).toBe('******************');
    expect(maskResidentId(null)).toBeNull();
  });
});

describe('tokens', () => {
  const issuer = pair();
  const gateway = pair();
  const settings = { issuer: 'https://auth.test', audience: 'qz-test' };
  const user: Identity = {
    userId: 'u-1',
    name: '李老师',
    department: 'EDUCATION',
    roles: ['SCHOOL_STAFF'],
    regionCode: '450702100',
  };

  it('verifies a user token and reads the identity from it, with the stated purpose', async () => {
    const token = await signUserToken(user, await importPrivateKey(issuer.priv), settings);
    await expect(
      verifyUserToken(token, await importPublicKey(issuer.pub), settings, '家访核查'),
    ).resolves.toEqual({
      ...user,
      purpose: '家访核查',
    });
  });

  it.each([
    ['an expired token', 'EXPIRED'],
    ['a token for another audience', 'WRONG_AUDIENCE'],
    ['a token signed by another key', 'BAD_SIGNATURE'],
    ['a token that is not a JWT', 'MALFORMED'],
    ['an empty token', 'MISSING'],
    ['a token with an unknown role', 'BAD_CLAIMS'],
  ])('refuses %s (%s)', async (_what, reason) => {
    const key = await importPrivateKey(reason === 'BAD_SIGNATURE' ? pair().priv : issuer.priv);
    let token = await signUserToken(
      reason === 'BAD_CLAIMS' ? { ...user, roles: ['ROOT' as never] } : user,
      key,
      reason === 'WRONG_AUDIENCE' ? { ...settings, audience: 'elsewhere' } : settings,
      reason === 'EXPIRED' ? Math.floor(Date.now() / 1000) - 60 : '1h',
    );
    if (reason === 'MALFORMED') token = 'abc.def.ghi';
    if (reason === 'MISSING') token = '';
    const verifying = verifyUserToken(token, await importPublicKey(issuer.pub), settings);
    await expect(verifying).rejects.toBeInstanceOf(TokenRejected);
    await expect(verifying).rejects.toMatchObject({ reason });
  });

  it('refuses an unsigned token (alg none)', async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'u', iss: settings.issuer, aud: settings.audience, exp: 9999999999 }),
    ).toString('base64url')}.`;
    await expect(
      verifyUserToken(unsigned, await importPublicKey(issuer.pub), settings),
    ).rejects.toMatchObject({
      reason: 'MALFORMED',
    });
  });

  it('a subgraph accepts the gateway’s assertion and nothing signed with the user’s key', async () => {
    const binding = { audience: 'health', body: '{"query":"{ a }"}' };
    const assertion = await signGatewayAssertion(user, await importPrivateKey(gateway.priv), binding);
    await expect(
      verifyGatewayAssertion(assertion, await importPublicKey(gateway.pub), binding),
    ).resolves.toMatchObject({ identity: user });
    const userToken = await signUserToken(user, await importPrivateKey(issuer.priv), settings);
    await expect(
      verifyGatewayAssertion(userToken, await importPublicKey(gateway.pub), binding),
    ).rejects.toBeInstanceOf(TokenRejected);
    const forged = await new SignJWT({ dep: 'POLICE', roles: ['POLICE_OFFICER'], region: '450700' })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('intruder')
      .setIssuer('qz-gateway')
      .setAudience('health')
      .setExpirationTime('1m')
      .sign(await importPrivateKey(issuer.priv));
    await expect(
      verifyGatewayAssertion(forged, await importPublicKey(gateway.pub), binding),
    ).rejects.toMatchObject({
      reason: 'BAD_SIGNATURE',
    });
  });
});
