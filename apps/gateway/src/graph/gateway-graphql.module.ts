import {
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { graphqlMetricsPlugin, queryLimits, ServiceMetrics, withLimitCode } from '@qz/platform';
import { readFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { Authenticator } from '../auth/authenticator';
import type { GatewayConfig } from '../config';
import { UserRateLimit } from '../rate-limit/user-rate-limit';
import { pageSizeLimit } from './page-size';
import { SubgraphDataSource } from './subgraph-data-source';

/** schema/supergraph.graphql, in the repository as in dist/ (the build copies schema/). */
export const DEFAULT_SUPERGRAPH_PATH = join(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'schema',
  'supergraph.graphql',
);

/**
 * One /graphql for every department, from the supergraph composed at build time (no schema
 * polling, no Apollo cloud). A subgraph's URL may be moved with SUBGRAPH_<NAME>_URL.
 */
export const gatewayGraphQLModule = () =>
  GraphQLModule.forRootAsync<ApolloGatewayDriverConfig>({
    driver: ApolloGatewayDriver,
    inject: [ConfigService, ServiceMetrics],
    useFactory: (config: ConfigService<GatewayConfig, true>, metrics: ServiceMetrics) => {
      const supergraphSdl = readFileSync(config.get('SUPERGRAPH_PATH') ?? DEFAULT_SUPERGRAPH_PATH, 'utf8');
      const timeoutMs = config.get('SUBGRAPH_TIMEOUT_MS');
      const limits = queryLimits({
        maxDepth: config.get('MAX_QUERY_DEPTH'),
        maxCost: config.get('MAX_QUERY_COST'),
        maxAliases: config.get('MAX_QUERY_ALIASES'),
        maxDirectives: config.get('MAX_QUERY_DIRECTIVES'),
        maxTokens: config.get('MAX_QUERY_TOKENS'),
      });
      const auth = new Authenticator({
        issuer: config.get('AUTH_ISSUER'),
        audience: config.get('AUTH_AUDIENCE'),
        jwksUrl: config.get('AUTH_JWKS_URL'),
        publicKeyFile: config.get('AUTH_PUBLIC_KEY_FILE'),
        gatewayPrivateKeyFile: config.get('GATEWAY_PRIVATE_KEY_FILE'),
        maxLifetimeSeconds: config.get('AUTH_MAX_TOKEN_HOURS') * 3600,
      });
      const rateLimit = new UserRateLimit({
        burst: config.get('RATE_LIMIT_BURST'),
        perSecond: config.get('RATE_LIMIT_PER_SECOND'),
        users: config.get('RATE_LIMIT_USERS'),
      });
      return {
        server: {
          // Every request is authenticated first: no token, no planning, no subgraph call; then it
          // is counted against its user's budget (429 RATE_LIMITED over it).
          context: async ({ req }: { req: { headers: IncomingHttpHeaders } }) => {
            const context = await auth.contextFor(req.headers);
            rateLimit.check(context.identity.userId);
            return context;
          },
          // Browsers' simple requests (form posts, GETs without a preflight header) are refused.
          csrfPrevention: true,
          // No landing page (the Playground loads its code from a CDN): a browser opening /graphql is
          // sent to the console's bundled GraphiQL (http/console.ts).
          playground: false,
          introspection: config.get('GRAPHQL_INTROSPECTION') ?? config.get('NODE_ENV') !== 'production',
          allowBatchedHttpRequests: limits.allowBatchedHttpRequests,
          includeStacktraceInErrorResponses: false,
          validationRules: limits.validationRules,
          parseOptions: limits.parseOptions,
          formatError: withLimitCode,
          plugins: [
            graphqlMetricsPlugin(metrics),
            ...limits.plugins,
            pageSizeLimit(config.get('MAX_PAGE_SIZE')),
            ApolloServerPluginUsageReportingDisabled(),
            ApolloServerPluginSchemaReportingDisabled(),
          ],
        },
        gateway: {
          supergraphSdl,
          buildService: ({ name, url }) => {
            const override = config.get(`SUBGRAPH_${name.toUpperCase()}_URL` as keyof GatewayConfig) as
              string | undefined;
            return new SubgraphDataSource(name, override ?? url ?? '', timeoutMs);
          },
        },
      };
    },
  });
