import type { AccessLedger } from '../access/access-ledger';
import DataLoader from 'dataloader';

/**
 * DataLoaders live for one request: each GraphQL context gets its own registry, and a resolver asks
 * it for the loader of a name, created on first use. Entities asked for in one tick are fetched in
 * one batch.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(
    name: string,
    batch: (ids: readonly string[]) => Promise<(V | null)[]>,
  ): DataLoader<string, V | null> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(batch, { maxBatchSize: 500 });
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, V | null>;
  }
}

export interface GraphQLRequestContext {
  req: unknown;
  loaders: RequestLoaders;
  /** What the request read and changed about children, for the access log. */
  access?: AccessLedger;
}
