import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Producer } from '@qz/contracts';
import {
  canonicalBody,
  IDENTITY_HEADER,
  importPublicKey,
  readPem,
  ReplayMemory,
  TokenRejected,
  verifyGatewayAssertion,
  type Identity,
  type VerifyKey,
} from '@qz/identity';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ACCESS_SERVICE } from './access-record.writer';
import { isMutation } from './mutation';

export type RequestWithIdentity = IncomingMessage & { identity?: Identity; body?: unknown };

/** The ids of the mutations' credentials this instance has taken (one memory per service instance). */
export const CREDENTIAL_MEMORY = Symbol('CREDENTIAL_MEMORY');

type Refusal = { status: number; code: string };

/** How each reason a credential is refused is answered (codes of the error catalogue). */
const REFUSALS: Partial<Record<TokenRejected['reason'], Refusal>> = {
  EXPIRED: { status: 401, code: 'CREDENTIAL_EXPIRED' },
  LIFETIME_TOO_LONG: { status: 401, code: 'CREDENTIAL_EXPIRED' },
  WRONG_AUDIENCE: { status: 403, code: 'CREDENTIAL_WRONG_AUDIENCE' },
  WRONG_REQUEST: { status: 403, code: 'CREDENTIAL_WRONG_REQUEST' },
  REPLAYED: { status: 403, code: 'CREDENTIAL_REPLAYED' },
  REPLAY_MEMORY_FULL: { status: 503, code: 'CREDENTIAL_MEMORY_FULL' },
};

/**
 * Every request must come through the gateway: it carries the gateway's credential for this very
 * request — signed by the gateway, meant for this subgraph (audience = the service's name), for
 * this body (its digest), at most 30 s old — and a mutation's credential is taken once per
 * instance. Anything else is refused before GraphQL runs (401/403/503 with a catalogued code), so
 * not even the federation fields (`_service`, `_entities`) answer a direct caller or a replay.
 */
@Injectable()
export class GatewayIdentityMiddleware implements NestMiddleware {
  private key: Promise<VerifyKey> | null = null;

  constructor(
    private readonly config: ConfigService,
    @Inject(ACCESS_SERVICE) private readonly service: Producer,
    @Inject(CREDENTIAL_MEMORY) private readonly memory: ReplayMemory,
  ) {}

  private gatewayKey(): Promise<VerifyKey> {
    this.key ??= importPublicKey(readPem(this.config.getOrThrow<string>('GATEWAY_PUBLIC_KEY_FILE')));
    return this.key;
  }

  async use(req: RequestWithIdentity, res: ServerResponse, next: (error?: unknown) => void): Promise<void> {
    const header = req.headers[IDENTITY_HEADER];
    try {
      const credential = await verifyGatewayAssertion(
        typeof header === 'string' ? header : '',
        await this.gatewayKey(),
        { audience: this.service, body: canonicalBody(req.body) },
      );
      if (isMutation(req.body)) this.takeOnce(credential.id, credential.expiresAtMs);
      req.identity = credential.identity;
      next();
    } catch (error) {
      refuse(res, error instanceof TokenRejected ? error.reason : 'UNVERIFIABLE');
    }
  }

  private takeOnce(id: string, expiresAtMs: number): void {
    const verdict = this.memory.accept(id, expiresAtMs);
    if (verdict === 'REPLAYED')
      throw new TokenRejected('REPLAYED', 'the credential of this mutation was used already');
    if (verdict === 'FULL')
      throw new TokenRejected('REPLAY_MEMORY_FULL', 'too many mutations are in flight on this instance');
  }
}

function refuse(res: ServerResponse, reason: string): void {
  const { status, code } = REFUSALS[reason as TokenRejected['reason']] ?? {
    status: 401,
    code: 'UNAUTHENTICATED',
  };
  const message =
    reason === 'MISSING'
      ? 'This service answers only requests that come through the gateway.'
      : reason === 'REPLAY_MEMORY_FULL'
        ? 'Too many changes are in flight on this service; try again in a few seconds.'
        : 'The gateway credential of this request does not hold for it; send the request through the gateway.';
  res.statusCode = status;
  if (status === 503) res.setHeader('retry-after', '5');
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, reason } }] }));
}
