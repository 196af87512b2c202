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

/** Test headers only: the user a request straight to a subgraph is to carry a gateway credential for. */
export const SIGN_AS_HEADER = 'x-qz-test-sign-as';

/** The subgraphs the tests started, by their address (origin): the audience of their credentials. */
const subgraphs = new Map<string, string>();

/** Records which subgraph answers at `url` (ServiceProcess and startInProcess do it). */
export function knownSubgraph(url: string, name: string): void {
  subgraphs.set(new URL(url).origin, name);
}

/**
 * Headers of a request straight to a subgraph as the gateway would send it for this user. The
 * gateway's credential is bound to one subgraph and one request body, so it is signed when the
 * request is sent (`graphql`, `withGatewayCredential`): these headers name the user until then.
 */
export async function viaGateway(user: Identity): Promise<Record<string, string>> {
  return { [SIGN_AS_HEADER]: Buffer.from(JSON.stringify(user)).toString('base64url') };
}

/**
 * The gateway's credential for one request to the subgraph at `url` with this body, for `user`:
 * what the gateway sends with its call.
 */
export async function gatewayCredential(user: Identity, url: string, body: string): Promise<string> {
  const audience = subgraphs.get(new URL(url).origin);
  if (!audience) throw new Error(`no subgraph known at ${url}: call knownSubgraph(url, name) first`);
  const key = await importPrivateKey(readPem(testKeys().gatewayPrivate));
  return signGatewayAssertion(user, key, { audience, body });
}

/**
 * The headers as sent: a user named by `viaGateway` replaced by the gateway's credential for this
 * request (`body`: the exact JSON sent; none for a GET).
 */
export async function withGatewayCredential(
  headers: Record<string, string>,
  url: string,
  body = '{}',
): Promise<Record<string, string>> {
  const { [SIGN_AS_HEADER]: signAs, ...rest } = headers;
  if (!signAs) return headers;
  const user = JSON.parse(Buffer.from(signAs, 'base64url').toString()) as Identity;
  return { ...rest, [IDENTITY_HEADER]: await gatewayCredential(user, url, body) };
}

/**
 * An assertion of the gateway's shape signed by a key that is not the gateway's: what a caller
 * forging its way past the gateway would send. Every subgraph must refuse it (401).
 */
export async function forgedAssertion(user: Identity, audience = 'registry', body = '{}'): Promise<string> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return signGatewayAssertion(
    user,
    await importPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()),
    { audience, body },
  );
}
