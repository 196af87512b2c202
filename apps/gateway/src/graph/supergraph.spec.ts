import { composeSupergraph, supergraphPath } from '@qz/schema-tools';
import { readFileSync } from 'node:fs';

describe('gateway supergraph', () => {
  it('is the composition of the committed subgraph SDL files (run: npm run schema:update)', () => {
    expect(composeSupergraph()).toBe(readFileSync(supergraphPath, 'utf8'));
  });
});
