import {
  ensureLocalKeys,
  importPrivateKey,
  LOCAL_AUDIENCE,
  LOCAL_ISSUER,
  PURPOSE_HEADER,
  readPem,
  signUserToken,
} from '@qz/identity';
import { join } from 'node:path';
import { demoIdentity, type DemoUserId } from './demo-users';

/** Where the local keys live (as `npm run auth:keys` and deploy/local/env.sh say). */
export const localKeysDir = () =>
  process.env.AUTH_KEYS_DIR ?? join(process.env.STACK_DIR ?? join(process.cwd(), '.stack'), 'keys');

/** A bearer token for a demo user, signed with the local issuer's key (created if missing). */
export async function demoToken(id: DemoUserId | string, expiresIn: string | number = '8h'): Promise<string> {
  const keys = ensureLocalKeys(localKeysDir());
  // The purpose is stated per request (x-access-purpose), never baked into the token.
  const { purpose: _stated, ...identity } = demoIdentity(id);
  return signUserToken(
    identity,
    await importPrivateKey(readPem(keys.issuerPrivate)),
    {
      issuer: process.env.AUTH_ISSUER ?? LOCAL_ISSUER,
      audience: process.env.AUTH_AUDIENCE ?? LOCAL_AUDIENCE,
    },
    expiresIn,
  );
}

/** The headers of a request to the gateway as a demo user: the token, and their purpose if any. */
export async function demoHeaders(
  id: DemoUserId | string,
  purpose?: string,
): Promise<Record<string, string>> {
  const stated = purpose ?? demoIdentity(id).purpose;
  return {
    authorization: `Bearer ${await demoToken(id)}`,
    ...(stated ? { [PURPOSE_HEADER]: encodeURIComponent(stated) } : {}),
  };
}
