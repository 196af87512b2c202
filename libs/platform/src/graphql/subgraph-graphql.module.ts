import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type NestModule,
  type Type,
} from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { DomainErrorFilter } from '../errors/domain-error.filter';
import { inputValidationPipe } from '../errors/validation.pipe';
import { formatGraphQLError } from '../errors/graphql-errors';
import { AccessLedger } from '../access/access-ledger';
import { RequestLoaders, type GraphQLRequestContext } from './request-loaders';
import { StoreCommandLogMiddleware } from './store-command-log.middleware';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import type { ServiceMetrics } from '../metrics/service-metrics';

/**
 * A code-first Apollo Federation 2 subgraph. The schema lives in memory; its SDL, printed with the
 * federation directives, is committed under `apps/<service>/schema.graphql` by `npm run schema:print`.
 */
const graphqlModule = (orphanedTypes: Type<unknown>[], metrics?: ServiceMetrics) =>
  GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    playground: false,
    csrfPrevention: true,
    // No resolver timings leave the subgraph.
    plugins: [ApolloServerPluginInlineTraceDisabled(), ...(metrics ? [graphqlMetricsPlugin(metrics)] : [])],
    formatError: formatGraphQLError,
    buildSchemaOptions: { orphanedTypes },
    // Guards and interceptors run on field resolvers too: sensitive fields are checked and masked.
    fieldResolverEnhancers: ['guards', 'interceptors'],
    context: ({ req }: { req: unknown }): GraphQLRequestContext => ({
      req,
      loaders: new RequestLoaders(),
      access: new AccessLedger(),
    }),
  });

/** The subgraph's GraphQL endpoint with input validation (class-validator) on every argument. */
@Module({})
export class SubgraphApiModule implements NestModule {
  /** `orphanedTypes`: entity types reachable only through `_entities` (a department's `Child`). */
  static forRoot(orphanedTypes: Type<unknown>[] = [], metrics?: ServiceMetrics): DynamicModule {
    return {
      module: SubgraphApiModule,
      imports: [graphqlModule(orphanedTypes, metrics)],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        StoreCommandLogMiddleware,
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(StoreCommandLogMiddleware).forRoutes('graphql');
  }
}
