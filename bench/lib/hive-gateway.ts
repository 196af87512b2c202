/*
 * Hive Gateway (@graphql-hive/gateway) on the same supergraph as ours, in a process of its own:
 *   node -r @swc-node/register bench/lib/hive-gateway.ts <supergraph.graphql> <port>
 * It neither verifies tokens nor signs the identity assertion: the benchmark sends the subgraphs'
 * signed assertion (x-qz-identity) and the purpose with each request, and Hive forwards both, so it
 * does only what a federation gateway does (parse, validate, plan, fetch, merge).
 * HIVE_DEDUPLICATE=false turns off its merging of identical concurrent subgraph queries (on by
 * default in Hive; our gateway has no such thing), for a like-for-like comparison.
 */
import { createGatewayRuntime } from '@graphql-hive/gateway';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const FORWARDED = ['x-qz-identity', 'x-access-purpose'];

const [supergraphPath, port] = process.argv.slice(2);
const gateway = createGatewayRuntime({
  supergraph: readFileSync(supergraphPath, 'utf8'),
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
