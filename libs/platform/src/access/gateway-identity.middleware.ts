import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  IDENTITY_HEADER,
  importPublicKey,
  readPem,
  TokenRejected,
  verifyGatewayAssertion,
  type Identity,
  type VerifyKey,
} from '@qz/identity';
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestWithIdentity = IncomingMessage & { identity?: Identity };

/**
 * Every GraphQL request must come through the gateway: it carries the gateway's signed assertion
 * of who is asking. Anything else is answered 401 UNAUTHENTICATED before GraphQL runs, so not even
 * the federation fields (`_service`, `_entities`) answer a direct caller.
 */
@Injectable()
export class GatewayIdentityMiddleware implements NestMiddleware {
  private key: Promise<VerifyKey> | null = null;

  constructor(private readonly config: ConfigService) {}

  private gatewayKey(): Promise<VerifyKey> {
    this.key ??= importPublicKey(readPem(this.config.getOrThrow<string>('GATEWAY_PUBLIC_KEY_FILE')));
    return this.key;
  }

  async use(req: RequestWithIdentity, res: ServerResponse, next: (error?: unknown) => void): Promise<void> {
    const header = req.headers[IDENTITY_HEADER];
    try {
      req.identity = await verifyGatewayAssertion(
        typeof header === 'string' ? header : '',
        await this.gatewayKey(),
      );
      next();
    } catch (error) {
      const reason = error instanceof TokenRejected ? error.reason : 'UNVERIFIABLE';
      const message =
        reason === 'MISSING'
          ? 'This service answers only requests that come through the gateway.'
          : 'The gateway credential of this request does not verify; send the request through the gateway.';
      res.statusCode = 401;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED', reason } }] }));
    }
  }
}
