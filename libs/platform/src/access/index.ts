export * from './policy';
export * from './access-errors';
export * from './access.module';
export * from './access-ledger';
export * from './child-region';
export * from './viewer';
export * from './region-scope';
export { GatewayIdentityMiddleware, type RequestWithIdentity } from './gateway-identity.middleware';
export * from './category-list.rule';
