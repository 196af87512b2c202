/*
 * Hive Gateway (@graphql-hive/gateway) on the same supergraph as ours, in a process of its own:
 *   node -r @swc-node/register bench/lib/hive-gateway.ts <supergraph.graphql> <port>
 * It does not verify tokens: the benchmark names the user in a header (`viaGateway`) and sends the
 * purpose; Hive forwards both, and a plugin signs each subgraph call's credential for its subgraph
 * and its exact body (as our gateway does: the subgraphs take nothing else), so besides what a
 * federation gateway does (parse, validate, plan, fetch, merge) it does the same signing as ours.
 * HIVE_DEDUPLICATE=false turns off its merging of identical concurrent subgraph queries (on by
 * default in Hive; our gateway has no such thing), for a like-for-like comparison.
 */
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway';
import { knownSubgraph, SIGN_AS_HEADER, withGatewayCredential } from '@qz/testing';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const FORWARDED = [SIGN_AS_HEADER, 'x-access-purpose'];

/** Signs each subgraph call for its subgraph and body, replacing the header that names the user. */
const signEachCall: GatewayPlugin = {
  async onFetch({ url, options, setOptions }) {
    const headers = (options.headers ?? {}) as Record<string, string>;
    if (!headers[SIGN_AS_HEADER]) return;
    const body = typeof options.body === 'string' ? options.body : '{}';
    setOptions({ ...options, headers: await withGatewayCredential(headers, url, body) });
  },
};

const [supergraphPath, port] = process.argv.slice(2);
const supergraph = readFileSync(supergraphPath, 'utf8');
for (const [, name, url] of supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g))
  knownSubgraph(url, name);
const gateway = createGatewayRuntime({
  supergraph,
  plugins: () => [signEachCall],
  logging: false,
  graphqlEndpoint: '/graphql',
  ...(process.env.HIVE_DEDUPLICATE === 'false'
    ? { transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } } }
    : {}),
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) =>
      Object.fromEntries(
        FORWARDED.flatMap((h) => (request.headers.get(h) ? [[h, request.headers.get(h) as string]] : [])),
      ),
  },
});
// Stops at once when the benchmark is done with it (Hive's own handlers would keep it running).
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => process.exit(0));
createServer(gateway).listen(Number(port), '127.0.0.1', () =>
  process.stdout.write(`hive gateway on ${port}\n`),
);
