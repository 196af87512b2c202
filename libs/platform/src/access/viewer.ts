import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { unauthenticated } from './access-errors';
import type { RequestWithIdentity } from './gateway-identity.middleware';

/** The verified identity of a GraphQL request (set by GatewayIdentityMiddleware). */
export function identityOf(context: { req?: unknown }): Identity {
  const identity = (context.req as RequestWithIdentity | undefined)?.identity;
  if (!identity) throw unauthenticated('the request carries no verified identity');
  return identity;
}

/** Resolver parameter: the person asking, as the gateway verified them. */
export const Viewer = createParamDecorator((_data: unknown, ctx: ExecutionContext): Identity =>
  identityOf(GqlExecutionContext.create(ctx).getContext()),
);

/** The actor an event or history entry names for a change the person made. */
export const actorOf = (identity: Identity): Actor => ({
  kind: 'user',
  id: identity.userId,
  department: identity.department,
});
