import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

/** The subgraphs of the supergraph, with the URL each listens on locally. */
export const SUBGRAPHS = [
  { name: 'registry', port: 4001 },
  { name: 'education', port: 4002 },
  { name: 'health', port: 4003 },
  { name: 'police', port: 4004 },
  { name: 'assistance', port: 4005 },
] as const;

export const repoRoot = join(__dirname, '..', '..', '..', '..');
export const subgraphSdlPath = (name: string) => join(repoRoot, 'schema', `${name}.graphql`);
export const supergraphPath = join(repoRoot, 'schema', 'supergraph.graphql');

/** Composes the committed subgraph SDL files into a supergraph; throws listing every composition error. */
export function composeSupergraph(): string {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      url: `http://127.0.0.1:${s.port}/graphql`,
      typeDefs: parse(readFileSync(subgraphSdlPath(s.name), 'utf8')),
    })),
  );
  if (result.errors?.length) {
    throw new Error(
      `supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return `${(result.supergraphSdl ?? '').trim()}\n`;
}
