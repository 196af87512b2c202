import { printSubgraphSdl, subgraphSdlPath } from '@qz/schema-tools';
import { readFileSync } from 'node:fs';

describe('education subgraph schema', () => {
  it('matches the committed schema/education.graphql (run: npm run schema:update)', async () => {
    const printed = await printSubgraphSdl(async () => (await import('./app.module')).AppModule);
    expect(printed).toBe(readFileSync(subgraphSdlPath('education'), 'utf8'));
  });
});
