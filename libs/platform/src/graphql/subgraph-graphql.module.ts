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
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { DomainErrorFilter } from '../errors/domain-error.filter';
import { inputValidationPipe } from '../errors/validation.pipe';
import { formatGraphQLError } from '../errors/graphql-errors';
import { AccessLedger } from '../access/access-ledger';
import { queryLimits, withLimitCode } from './query-limits';
import { RequestLoaders, type GraphQLRequestContext } from './request-loaders';
import { StoreCommandLogMiddleware } from './store-command-log.middleware';
import { TraceRequestsMiddleware } from '../tracing/trace-requests';
import { graphqlMetricsPlugin } from '../metrics/graphql-metrics.plugin';
import type { ServiceMetrics } from '../metrics/service-metrics';

/**
 * A code-first Apollo Federation 2 subgraph. The schema lives in memory; its SDL, printed with the
 * federation directives, is committed as `schema/<service>.graphql` by `npm run schema:update`.
 */
const graphqlModule = (orphanedTypes: Type<unknown>[], metrics?: ServiceMetrics) =>
  GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    inject: [ConfigService],
    useFactory: (config: ConfigService) => {
      const limits = subgraphQueryLimits(config);
      return {
        autoSchemaFile: { federation: 2 },
        sortSchema: true,
        playground: false,
        csrfPrevention: true,
        // The subgraph's own limits (issue 16 §5): a caller holding a valid gateway credential
        // still cannot send a 1000-alias or 30-deep query, whatever the gateway checked.
        allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
        validationRules: limits.validationRules,
        parseOptions: limits.parseOptions,
        // No resolver timings leave the subgraph.
        plugins: [
          ApolloServerPluginInlineTraceDisabled(),
          ...limits.plugins,
          ...(metrics ? [graphqlMetricsPlugin(metrics)] : []),
        ],
        formatError: (formatted, error) => formatGraphQLError(withLimitCode(formatted, error), error),
        buildSchemaOptions: { orphanedTypes },
        // Guards and interceptors run on field resolvers too: sensitive fields are checked and masked.
        fieldResolverEnhancers: ['guards', 'interceptors'],
        context: ({ req }: { req: unknown }): GraphQLRequestContext => ({
          req,
          loaders: new RequestLoaders(),
          access: new AccessLedger(),
        }),
      };
    },
  });

/** Depth, alias, directive and token limits of a subgraph (SUBGRAPH_MAX_QUERY_*), above the gateway's. */
function subgraphQueryLimits(config: ConfigService) {
  const setting = (name: string, fallback: number) => Number(config.get(name) ?? fallback);
  return queryLimits({
    maxDepth: setting('SUBGRAPH_MAX_QUERY_DEPTH', 20),
    maxAliases: setting('SUBGRAPH_MAX_QUERY_ALIASES', 50),
    maxDirectives: setting('SUBGRAPH_MAX_QUERY_DIRECTIVES', 50),
    maxTokens: setting('SUBGRAPH_MAX_QUERY_TOKENS', 10_000),
  });
}

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
    consumer.apply(TraceRequestsMiddleware, StoreCommandLogMiddleware).forRoutes('graphql');
  }
}
