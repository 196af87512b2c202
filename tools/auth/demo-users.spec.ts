import {
  importPublicKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  readPem,
  ROLE_NAMES,
  verifyUserToken,
} from '@qz/identity';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoHeaders, demoToken } from './demo-tokens';
import { DEMO_USERS, demoIdentity } from './demo-users';

describe('demo users and their tokens (issue 8 §1: a command mints tokens for every department and level)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'qz-keys-'));
  const saved = { ...process.env };
  beforeAll(() => {
    process.env.AUTH_KEYS_DIR = dir;
    delete process.env.AUTH_ISSUER;
    delete process.env.AUTH_AUDIENCE;
  });
  afterAll(() => {
    process.env = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a demo user for every role, and unique ids', () => {
    expect(new Set(DEMO_USERS.map((u) => u.role))).toEqual(new Set(ROLE_NAMES));
    expect(new Set(DEMO_USERS.map((u) => u.userId)).size).toBe(DEMO_USERS.length);
  });

  it('covers the levels: city, county, township and village', () => {
    expect(new Set(DEMO_USERS.map((u) => u.regionCode.length))).toEqual(new Set([6, 9, 12]));
    expect(DEMO_USERS.map((u) => u.regionCode)).toEqual(expect.arrayContaining(['450700', '450702']));
  });

  it.each(DEMO_USERS.map((u) => u.userId))(
    'mints a token for %s that the gateway’s check accepts',
    async (id) => {
      const token = await demoToken(id);
      const key = await importPublicKey(readPem(join(dir, 'issuer.public.pem')));
      const { purpose: _p, ...expected } = demoIdentity(id);
      await expect(
        verifyUserToken(token, key, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE }),
      ).resolves.toEqual(expected);
    },
  );

  it('states the coordinator’s purpose in the header, never in the token', async () => {
    const headers = await demoHeaders('coordinator');
    expect(headers['x-access-purpose']).toBe(encodeURIComponent('case conference (demo)'));
    const key = await importPublicKey(readPem(join(dir, 'issuer.public.pem')));
    const token = headers.authorization.replace('Bearer ', '');
    const identity = await verifyUserToken(token, key, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE });
    expect(identity.purpose).toBeUndefined();
    expect(Object.keys(await demoHeaders('school-staff'))).toEqual(['authorization']);
  });

  it('refuses an unknown demo user by name', () => {
    expect(() => demoIdentity('root')).toThrow(/no demo user "root"/);
  });
});
