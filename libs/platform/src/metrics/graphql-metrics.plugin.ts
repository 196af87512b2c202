import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { ServiceMetrics } from './service-metrics';

/** The machine code a client sees: a DomainError's own code (before formatError), else extensions.code. */
const codeOf = (error: GraphQLError): string => {
  const domain = (error.originalError as { code?: unknown } | undefined)?.code;
  if (typeof domain === 'string' && /^[A-Z][A-Z0-9_]+$/.test(domain)) return domain;
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
};

/**
 * The client's operation name: the gateway names the operation it sends a subgraph
 * `<client operation>__<subgraph>__<step>`, which would make one series per plan step.
 */
export const clientOperation = (name: string): string => name.replace(/__[A-Za-z0-9_]+__\d+$/, '');

/** Request latency by operation and errors by code, for Apollo Server (subgraphs and gateway). */
export function graphqlMetricsPlugin(metrics: ServiceMetrics): ApolloServerPlugin<any> {
  return {
    async contextCreationDidFail({ error }) {
      // The gateway refuses a request before planning (no token, bad signature): counted by code.
      metrics.errors.inc({ operation: '(none)', code: codeOf(error as GraphQLError) });
    },
    async requestDidStart() {
      const end = metrics.requestDuration.startTimer();
      let failed = false;
      const operationOf = (ctx: GraphQLRequestContext<any>) =>
        clientOperation(ctx.operationName ?? ctx.request.operationName ?? '(anonymous)');
      return {
        async didEncounterErrors(ctx) {
          failed = true;
          for (const error of ctx.errors)
            metrics.errors.inc({ operation: operationOf(ctx), code: codeOf(error) });
        },
        async willSendResponse(ctx) {
          end({
            operation: operationOf(ctx),
            type: ctx.operation?.operation ?? 'unknown',
            outcome: failed ? 'error' : 'ok',
          });
        },
      };
    },
  };
}
