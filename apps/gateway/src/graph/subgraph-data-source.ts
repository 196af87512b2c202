import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { IDENTITY_HEADER } from '@qz/identity';
import { currentTraceparent, TRACEPARENT } from '@qz/messaging';
import { GraphQLError } from 'graphql';
import { randomUUID } from 'node:crypto';
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

  /** Calls waiting for their credential, by ticket: the fetcher signs once it holds the exact body. */
  private readonly unsigned = new Map<string, (body: string) => Promise<string>>();

  override willSendRequest(options: GraphQLDataSourceProcessOptions): void {
    const { request } = options;
    request.http?.headers.set('apollo-require-preflight', 'true');
    // The user's action continues in the subgraph: its trace goes with the call (W3C traceparent).
    const traceparent = currentTraceparent();
    if (traceparent) request.http?.headers.set(TRACEPARENT, traceparent);
    // The verified identity, signed by the gateway for this subgraph and this request's body: the
    // subgraphs answer nothing else. The body is written after this hook, so a ticket stands in.
    const credentialFor = (options.context as Partial<GatewayContext> | undefined)?.credentialFor;
    if (!credentialFor || !request.http) return;
    const ticket = randomUUID();
    this.unsigned.set(ticket, (body) => credentialFor(this.serviceName, body));
    request.http.headers.set(IDENTITY_HEADER, ticket);
  }

  override fetcher = (async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    const ticket = headers[IDENTITY_HEADER];
    const sign = ticket === undefined ? undefined : this.unsigned.get(ticket);
    delete headers[IDENTITY_HEADER];
    if (sign) headers[IDENTITY_HEADER] = await sign(typeof init?.body === 'string' ? init.body : '');
    return fetch(input, {
      ...init,
      headers,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
  }) as unknown as RemoteGraphQLDataSource['fetcher'];

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
    } finally {
      // a call that never reached the fetcher leaves no ticket behind
      const ticket = options.request.http?.headers.get(IDENTITY_HEADER);
      if (ticket) this.unsigned.delete(ticket);
    }
  }
}
