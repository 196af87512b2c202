import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER } from '@qz/identity';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../auth/authenticator';

/**
 * Calls one subgraph. A subgraph that is down or does not answer in time yields a
 * SUBGRAPH_UNAVAILABLE error naming it, and the gateway returns what the other subgraphs gave.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource {
  constructor(
    private readonly serviceName: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({ url });
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const { request } = options;
    request.http?.headers.set('apollo-require-preflight', 'true');
    // The verified identity, signed by the gateway: the subgraphs answer nothing else.
    const assertion = (options.context as Partial<GatewayContext> | undefined)?.assertion;
    if (assertion) request.http?.headers.set(IDENTITY_HEADER, assertion);
  }

  override fetcher = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    fetch(input, {
      ...init,
      signal: AbortSignal.timeout(this.timeoutMs),
    })) as unknown as RemoteGraphQLDataSource['fetcher'];

  override async process<TContext extends Record<string, any>>(
    options: GraphQLDataSourceProcessOptions<TContext>,
  ): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions?.response) throw error; // the subgraph answered
      throw new GraphQLError(
        `The ${this.serviceName} service did not answer, so its part of this result is missing; try again shortly.`,
        {
          extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName },
          originalError: error as Error,
        },
      );
    }
  }
}
