import { clientOperation } from './graphql-metrics.plugin';

describe('metrics label the client operation', () => {
  it('drops the gateway plan step a subgraph sees (`<operation>__<subgraph>__<n>`)', () => {
    expect(clientOperation('RegisterForMetrics__registry__0')).toBe('RegisterForMetrics');
    expect(clientOperation('ChildPicture__health__12')).toBe('ChildPicture');
    expect(clientOperation('registerChild')).toBe('registerChild');
  });
});
