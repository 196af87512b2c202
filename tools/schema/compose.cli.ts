/* Composes the committed subgraph SDL files into apps/gateway/supergraph.graphql. */
import { composeSupergraph, supergraphPath } from '@qz/schema-tools';
import { writeFileSync } from 'node:fs';

writeFileSync(supergraphPath, composeSupergraph());
process.stdout.write(`wrote ${supergraphPath}\n`);
