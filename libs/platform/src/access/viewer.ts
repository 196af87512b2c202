import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import type { GraphQLResolveInfo } from 'graphql';
import type { AccessLedger } from './access-ledger';
import { unauthenticated } from './access-errors';
import type { RequestWithIdentity } from './gateway-identity.middleware';

/** The verified identity of a GraphQL request (set by GatewayIdentityMiddleware). */
export function identityOf(context: { req?: unknown }): Identity {
  const identity = (context.req as RequestWithIdentity | undefined)?.identity;
  if (!identity) throw unauthenticated('the request carries no verified identity');
  return identity;
}

/**
 * A GraphQL field call as the access guard and interceptor see it: the field, its parent type, the
 * request's context (with its access ledger) and the verified identity of the person asking.
 */
export function graphqlCallOf(context: ExecutionContext) {
  const gql = GqlExecutionContext.create(context);
  const info = gql.getInfo<GraphQLResolveInfo>();
  const ctx = gql.getContext<{ req: unknown; access?: AccessLedger }>();
  return { gql, info, ctx, identity: identityOf(ctx), parent: info.parentType.name };
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
