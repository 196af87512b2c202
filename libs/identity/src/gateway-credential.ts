import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, type KeyLike } from 'jose';
import type { Identity } from './identity';
import {
  GATEWAY_ISSUER,
  identityClaims,
  identityFromClaims,
  LOCAL_ALG,
  TokenRejected,
  verifySigned,
  type VerifyKey,
} from './tokens';

/**
 * A gateway credential lives at most this long: long enough for the subgraph call it was made for,
 * too short to be worth stealing. A subgraph refuses one given a longer life (LIFETIME_TOO_LONG).
 */
export const ASSERTION_TTL_SECONDS = 30;

/** The claim carrying the digest of the request the credential was issued for. */
const REQUEST_CLAIM = 'req';

/**
 * What one credential is good for: one subgraph (its name is the audience) and one request (the
 * request body the gateway sends, as the subgraph's JSON parser reads it back).
 */
export interface CredentialBinding {
  audience: string;
  body: string;
}

/** The digest a credential carries of its request body: SHA-256, base64url. */
export const requestDigest = (body: string): string => createHash('sha256').update(body).digest('base64url');

/**
 * The body as a subgraph compares it: its parsed JSON written out again. For a body the gateway
 * wrote with JSON.stringify this gives back the very same text, and it is what the subgraph executes.
 */
export const canonicalBody = (parsed: unknown): string => JSON.stringify(parsed ?? {});

/** A verified credential: who is asking, its unique id, and when it dies (ms since the epoch). */
export interface VerifiedCredential {
  identity: Identity;
  id: string;
  expiresAtMs: number;
}

/**
 * The gateway's signed statement of who is asking, for one call to one subgraph: bound to that
 * subgraph (audience), to that request's body (its digest), living ASSERTION_TTL_SECONDS, with a
 * unique id (jti) that the subgraph accepts once when the request is a mutation.
 */
export async function signGatewayAssertion(
  identity: Identity,
  key: KeyLike,
  binding: CredentialBinding,
): Promise<string> {
  // One reading of the clock for both: read twice, a second's boundary between them would give
  // the credential 31 s of life, which the subgraph refuses as LIFETIME_TOO_LONG.
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...identityClaims(identity), [REQUEST_CLAIM]: requestDigest(binding.body) })
    .setProtectedHeader({ alg: LOCAL_ALG, typ: 'JWT' })
    .setSubject(identity.userId)
    .setIssuer(GATEWAY_ISSUER)
    .setAudience(binding.audience)
    .setJti(randomUUID())
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ASSERTION_TTL_SECONDS)
    .sign(key);
}

/**
 * A subgraph's check of the gateway's credential: signed by the gateway, not expired, given at most
 * ASSERTION_TTL_SECONDS of life, meant for this subgraph (WRONG_AUDIENCE) and for this very request
 * body (WRONG_REQUEST). Single use of a mutation's credential is the caller's (ReplayMemory).
 */
export async function verifyGatewayAssertion(
  token: string,
  key: VerifyKey,
  binding: CredentialBinding,
): Promise<VerifiedCredential> {
  const payload = await verifySigned(token, key, GATEWAY_ISSUER, binding.audience, [
    'sub',
    'exp',
    'iat',
    'jti',
    REQUEST_CLAIM,
  ]);
  const exp = payload.exp as number;
  if (exp - (payload.iat as number) > ASSERTION_TTL_SECONDS)
    throw new TokenRejected(
      'LIFETIME_TOO_LONG',
      `the gateway credential was given ${exp - (payload.iat as number)} s of life; at most ${ASSERTION_TTL_SECONDS} s is accepted`,
    );
  if (payload[REQUEST_CLAIM] !== requestDigest(binding.body))
    throw new TokenRejected('WRONG_REQUEST', 'the gateway credential was issued for another request');
  return { identity: identityFromClaims(payload), id: payload.jti as string, expiresAtMs: exp * 1000 };
}
