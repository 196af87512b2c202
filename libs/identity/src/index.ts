export * from './roles';
export * from './identity';
export * from './region-scope';
export * from './mask';
export * from './tokens';
export * from './keys';
export * from './demo-users';
