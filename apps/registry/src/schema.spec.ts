import { printSubgraphSdl, subgraphSdlPath } from '@qz/schema-tools';
import { readFileSync } from 'node:fs';

describe('registry subgraph schema', () => {
  it('matches the committed schema/registry.graphql (run: npm run schema:update)', async () => {
    const printed = await printSubgraphSdl(async () => (await import('./app.module')).AppModule);
    expect(printed).toBe(readFileSync(subgraphSdlPath('registry'), 'utf8'));
  });
});
