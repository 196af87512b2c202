import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { importPrivateKey, importPublicKey, LOCAL_ALG, TokenRejected, verifyUserToken } from './tokens';

/** Issue 16 §6: a token given a longer life than the gateway allows is refused, however fresh. */
describe('token lifetime cap', () => {
  const pair = generateKeyPairSync('ed25519');
  const settings = { issuer: 'iss', audience: 'aud', maxLifetimeSeconds: 12 * 3600 };
  const claims = { name: '测试', dep: 'CIVIL_AFFAIRS', roles: ['CIVIL_AFFAIRS_OFFICER'], region: '450702' };
  const now = Math.floor(Date.now() / 1000);

  const token = async (iat: number | null, exp: number) => {
    const jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: LOCAL_ALG })
      .setSubject('u1')
      .setIssuer('iss')
      .setAudience('aud')
      .setExpirationTime(exp);
    if (iat !== null) jwt.setIssuedAt(iat);
    return jwt.sign(
      await importPrivateKey(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    );
  };
  const publicKey = () => importPublicKey(pair.publicKey.export({ type: 'spki', format: 'pem' }).toString());
  const reasonOf = async (
    jwt: string,
    s: typeof settings | Omit<typeof settings, 'maxLifetimeSeconds'> = settings,
  ) =>
    verifyUserToken(jwt, await publicKey(), s).then(
      () => 'ACCEPTED',
      (e) => (e instanceof TokenRejected ? e.reason : String(e)),
    );

  it('accepts a token of 8 or 12 hours', async () => {
    expect(await reasonOf(await token(now, now + 8 * 3600))).toBe('ACCEPTED');
    expect(await reasonOf(await token(now - 60, now - 60 + 12 * 3600))).toBe('ACCEPTED');
  });

  it('refuses a token given 13 hours or a year, with LIFETIME_TOO_LONG', async () => {
    expect(await reasonOf(await token(now, now + 13 * 3600))).toBe('LIFETIME_TOO_LONG');
    expect(await reasonOf(await token(now - 3600, now + 365 * 24 * 3600))).toBe('LIFETIME_TOO_LONG');
  });

  it('refuses a token issued "in the future" to stretch its life, and one without iat', async () => {
    expect(await reasonOf(await token(now + 30 * 24 * 3600, now + 30 * 24 * 3600 + 3600))).toBe(
      'LIFETIME_TOO_LONG',
    );
    expect(await reasonOf(await token(null, now + 3600))).toBe('BAD_CLAIMS');
  });

  it('leaves the lifetime alone where no cap is set', async () => {
    const { maxLifetimeSeconds: _cap, ...uncapped } = settings;
    expect(await reasonOf(await token(now, now + 365 * 24 * 3600), uncapped)).toBe('ACCEPTED');
  });
});
