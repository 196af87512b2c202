import {
  createRemoteJWKSet,
  errors,
  importPKCS8,
  importSPKI,
  jwtVerify,
  SignJWT,
  type KeyLike,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { identitySchema, type Identity } from './identity';

/** Signing algorithm of the local keys (Ed25519). Production issuers may use RS256 or ES256 too. */
export const LOCAL_ALG = 'EdDSA';
const ACCEPTED_ALGS = ['EdDSA', 'ES256', 'RS256'];

/** The gateway's assertion to the subgraphs travels in this header. */
export const IDENTITY_HEADER = 'x-qz-identity';
/** The stated purpose of a read, from the client, where a role must give one. */
export const PURPOSE_HEADER = 'x-access-purpose';
export const GATEWAY_ISSUER = 'qz-gateway';

export type VerifyKey = KeyLike | Uint8Array | JWTVerifyGetKey;

export const importPrivateKey = (pem: string): Promise<KeyLike> => importPKCS8(pem, LOCAL_ALG);
export const importPublicKey = (pem: string): Promise<KeyLike> => importSPKI(pem, LOCAL_ALG);
export const remoteKeySet = (url: string): JWTVerifyGetKey => createRemoteJWKSet(new URL(url));

/** Why a token was refused; the message names the reason and never echoes the token. */
export class TokenRejected extends Error {
  constructor(
    readonly reason:
      | 'MISSING'
      | 'MALFORMED'
      | 'BAD_SIGNATURE'
      | 'EXPIRED'
      | 'WRONG_AUDIENCE'
      | 'WRONG_ISSUER'
      | 'BAD_CLAIMS'
      | 'LIFETIME_TOO_LONG'
      | 'WRONG_REQUEST'
      | 'REPLAYED'
      | 'REPLAY_MEMORY_FULL',
    message: string,
  ) {
    super(message);
    this.name = 'TokenRejected';
  }
}

/** The claims that state who is asking (a user's token and the gateway's credential alike). */
export const identityClaims = (identity: Identity) => ({
  name: identity.name,
  dep: identity.department,
  roles: identity.roles,
  region: identity.regionCode,
  ...(identity.purpose ? { purpose: identity.purpose } : {}),
});

/** The identity stated by a verified token's claims; BAD_CLAIMS when they are incomplete or wrong. */
export function identityFromClaims(payload: JWTPayload, purpose?: string): Identity {
  const parsed = identitySchema.safeParse({
    userId: payload.sub,
    name: payload['name'],
    department: payload['dep'],
    roles: payload['roles'],
    regionCode: payload['region'],
    purpose: purpose ?? payload['purpose'],
  });
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new TokenRejected('BAD_CLAIMS', `the token's claims are incomplete or wrong: ${fields}`);
  }
  return parsed.data;
}

/** Verifies a signed token's signature, issuer, audience and expiry; refusals as TokenRejected. */
export async function verifySigned(
  token: string,
  key: VerifyKey,
  issuer: string,
  audience: string,
  requiredClaims: string[] = ['sub', 'exp'],
): Promise<JWTPayload> {
  if (!token) throw new TokenRejected('MISSING', 'no token was given');
  try {
    const { payload } = await jwtVerify(token, key as never, {
      issuer,
      audience,
      algorithms: ACCEPTED_ALGS,
      requiredClaims,
    });
    return payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new TokenRejected('EXPIRED', 'the token has expired');
    if (error instanceof errors.JWTClaimValidationFailed) {
      if (error.claim === 'aud')
        throw new TokenRejected('WRONG_AUDIENCE', 'the token is not meant for this system');
      if (error.claim === 'iss')
        throw new TokenRejected('WRONG_ISSUER', 'the token comes from an unknown issuer');
      throw new TokenRejected('BAD_CLAIMS', `the token's "${error.claim}" claim is wrong`);
    }
    if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey)
      throw new TokenRejected('BAD_SIGNATURE', 'the token signature does not verify');
    throw new TokenRejected('MALFORMED', 'the token is not a well-formed signed JWT');
  }
}

export interface UserTokenSettings {
  issuer: string;
  audience: string;
  /**
   * Longest life a user's token may have been given, in seconds (checked at the gateway; signing
   * ignores it): a token must carry `iat`, and `exp` may lie at most this far after it (or after now,
   * for an `iat` in the future). Longer is LIFETIME_TOO_LONG, however recent the token.
   */
  maxLifetimeSeconds?: number;
}

/** Refuses a token given a longer life than allowed (a stolen long-lived token stays useful for long). */
export function checkLifetime(payload: JWTPayload, maxSeconds: number, nowSeconds = Date.now() / 1000): void {
  if (typeof payload.iat !== 'number')
    throw new TokenRejected('BAD_CLAIMS', 'the token has no "iat" (issued at) claim');
  const lifetime = (payload.exp ?? Infinity) - Math.min(payload.iat, nowSeconds);
  if (lifetime > maxSeconds)
    throw new TokenRejected(
      'LIFETIME_TOO_LONG',
      `the token was given ${Math.round(lifetime / 3600)} h of life; at most ${maxSeconds / 3600} h is accepted`,
    );
}

/** Signs a user's token as the identity provider does (the local key pair in development). */
export async function signUserToken(
  identity: Omit<Identity, 'purpose'>,
  key: KeyLike,
  settings: UserTokenSettings,
  expiresIn: string | number = '8h',
): Promise<string> {
  return new SignJWT(identityClaims(identity))
    .setProtectedHeader({ alg: LOCAL_ALG, typ: 'JWT' })
    .setSubject(identity.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(key);
}

/** Verifies a user's bearer token at the gateway: signature, issuer, audience, expiry, claims. */
export async function verifyUserToken(
  token: string,
  key: VerifyKey,
  settings: UserTokenSettings,
  purpose?: string,
): Promise<Identity> {
  const payload = await verifySigned(token, key, settings.issuer, settings.audience);
  if (settings.maxLifetimeSeconds !== undefined) checkLifetime(payload, settings.maxLifetimeSeconds);
  return identityFromClaims(payload, purpose);
}
