export * from './service-metrics';
export * from './graphql-metrics.plugin';
export * from './metrics.module';
export * from './outbox-backlog';
