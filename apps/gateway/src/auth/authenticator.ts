import {
  importPrivateKey,
  importPublicKey,
  PURPOSE_HEADER,
  readPem,
  remoteKeySet,
  signGatewayAssertion,
  TokenRejected,
  verifyUserToken,
  type Identity,
  type VerifyKey,
} from '@qz/identity';
import { GraphQLError } from 'graphql';
import type { KeyLike } from 'jose';
import type { IncomingHttpHeaders } from 'node:http';

export interface AuthSettings {
  issuer: string;
  audience: string;
  /** The identity provider's JWKS (production), or … */
  jwksUrl?: string;
  /** … its public key as a PEM file (the local demo issuer). */
  publicKeyFile?: string;
  /** The gateway's own private key: it signs the identity it forwards to the subgraphs. */
  gatewayPrivateKeyFile: string;
  /** Longest life a token may have been given (`exp - iat`); longer is LIFETIME_TOO_LONG. */
  maxLifetimeSeconds?: number;
}

/**
 * What every request's context carries: the verified person, and how to sign their credential for
 * one call to one subgraph (its name, and the exact body sent to it).
 */
export interface GatewayContext {
  identity: Identity;
  credentialFor(audience: string, body: string): Promise<string>;
}

const MAX_PURPOSE = 200;

/**
 * Verifies a request's bearer token (signature, issuer, audience, expiry, claims) and signs the
 * identity for each subgraph call. Anything wrong is UNAUTHENTICATED (401) before any field is planned or
 * any subgraph called; the message says what to do and never echoes the token.
 */
export class Authenticator {
  private readonly userKey: Promise<VerifyKey>;
  private readonly gatewayKey: Promise<KeyLike>;

  constructor(private readonly settings: AuthSettings) {
    this.userKey = settings.jwksUrl
      ? Promise.resolve(remoteKeySet(settings.jwksUrl))
      : importPublicKey(readPem(settings.publicKeyFile ?? ''));
    this.gatewayKey = importPrivateKey(readPem(settings.gatewayPrivateKeyFile));
  }

  async contextFor(headers: IncomingHttpHeaders): Promise<GatewayContext> {
    const identity = await this.authenticate(headers);
    const key = await this.gatewayKey;
    return {
      identity,
      credentialFor: (audience, body) => signGatewayAssertion(identity, key, { audience, body }),
    };
  }

  async authenticate(headers: IncomingHttpHeaders): Promise<Identity> {
    const auth = headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(auth);
    if (!match) {
      throw unauthenticated(
        auth ? 'MALFORMED' : 'MISSING',
        auth
          ? 'The Authorization header must be "Bearer <token>".'
          : 'Sign in first: send your token as "Authorization: Bearer <token>".',
      );
    }
    const purpose = decodePurpose(headerValue(headers[PURPOSE_HEADER]));
    try {
      return await verifyUserToken(match[1], await this.userKey, this.settings, purpose);
    } catch (error) {
      if (error instanceof TokenRejected)
        throw unauthenticated(error.reason, `Sign in again: ${error.message}.`);
      throw unauthenticated('UNVERIFIABLE', 'The token could not be checked right now; try again shortly.');
    }
  }
}

const headerValue = (h: string | string[] | undefined) => (Array.isArray(h) ? h[0] : h);

/**
 * HTTP header values are bytes of Latin-1, so a purpose in Chinese is sent percent-encoded
 * (`encodeURIComponent`); a value that is not valid percent-encoding is taken as it is.
 */
function decodePurpose(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // not percent-encoded
  }
  return text.trim().slice(0, MAX_PURPOSE) || undefined;
}

const unauthenticated = (reason: string, message: string) =>
  new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
