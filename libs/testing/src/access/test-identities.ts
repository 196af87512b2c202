import {
  ensureLocalKeys,
  IDENTITY_HEADER,
  importPrivateKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  PURPOSE_HEADER,
  readPem,
  ROLES,
  signGatewayAssertion,
  signUserToken,
  type Identity,
  type Role,
} from '@qz/identity';
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { repoRoot } from '../stack/stack';

/** The local key pairs (created on first use under `.stack/keys`, as `npm run auth:keys` does). */
export function testKeys() {
  return ensureLocalKeys(
    process.env.AUTH_KEYS_DIR ?? join(process.env.STACK_DIR ?? join(repoRoot, '.stack'), 'keys'),
  );
}

/**
 * What a service needs to verify identities with the local keys; ServiceProcess passes it to every
 * service, and in-process tests put it in process.env.
 */
export function authEnv(): Record<string, string> {
  const keys = testKeys();
  return {
    AUTH_ISSUER: process.env.AUTH_ISSUER ?? LOCAL_ISSUER,
    AUTH_AUDIENCE: process.env.AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
    AUTH_PUBLIC_KEY_FILE: keys.issuerPublic,
    GATEWAY_PRIVATE_KEY_FILE: keys.gatewayPrivate,
    GATEWAY_PUBLIC_KEY_FILE: keys.gatewayPublic,
  };
}

/** A user of `role` working in `regionCode` (the city by default); overrides for name, purpose… */
export function aUser(role: Role, regionCode = '450700', over: Partial<Identity> = {}): Identity {
  return {
    userId: `test-${role.toLowerCase()}-${regionCode}`,
    name: `测试${role}`,
    department: ROLES[role],
    roles: [role],
    regionCode,
    ...over,
  };
}

/** Headers of a request to the gateway by this user: a bearer token the local issuer signed. */
export async function asUser(
  user: Identity,
  { expiresIn = '1h' as string | number } = {},
): Promise<Record<string, string>> {
  const keys = testKeys();
  const token = await signUserToken(
    user,
    await importPrivateKey(readPem(keys.issuerPrivate)),
    {
      issuer: process.env.AUTH_ISSUER ?? LOCAL_ISSUER,
      audience: process.env.AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
    },
    expiresIn,
  );
  // a purpose in Chinese travels percent-encoded (header values are Latin-1)
  return {
    authorization: `Bearer ${token}`,
    ...(user.purpose ? { [PURPOSE_HEADER]: encodeURIComponent(user.purpose) } : {}),
  };
}

/**
 * Headers of a request straight to a subgraph as the gateway would send it for this user: the
 * gateway's signed assertion. Only tests of one subgraph use this; flows go through the gateway.
 */
export async function viaGateway(user: Identity): Promise<Record<string, string>> {
  const key = await importPrivateKey(readPem(testKeys().gatewayPrivate));
  return { [IDENTITY_HEADER]: await signGatewayAssertion(user, key) };
}

/**
 * An assertion of the gateway's shape signed by a key that is not the gateway's: what a caller
 * forging its way past the gateway would send. Every subgraph must refuse it (401).
 */
export async function forgedAssertion(user: Identity): Promise<string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signGatewayAssertion(
    user,
    await importPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
  );
}
