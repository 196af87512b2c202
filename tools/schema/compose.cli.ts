/* Composes the committed subgraph SDL files into schema/supergraph.graphql. */
import { composeSupergraph, supergraphPath } from '@qz/schema-tools';
import { writeFileSync } from 'node:fs';

writeFileSync(supergraphPath, composeSupergraph());
process.stdout.write(`wrote ${supergraphPath}\n`);
