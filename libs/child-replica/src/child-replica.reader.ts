import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@qz/platform';
import { ChildReplicaRepository, type ChildCategories, type ChildReplica } from './child-replica.repository';

/** Loads replicas for a GraphQL request: every child asked for in one tick costs one store query. */
@Injectable()
export class ChildReplicaReader {
  constructor(private readonly replicas: ChildReplicaRepository) {}

  load(ctx: GraphQLRequestContext, childId: string): Promise<ChildReplica | null> {
    return ctx.loaders.get('child-replica', (ids) => this.replicas.findByIds(ids)).load(childId);
  }

  /** The child's categories (null when never classified), batched like `load`. */
  categories(ctx: GraphQLRequestContext, childId: string): Promise<ChildCategories | null> {
    return ctx.loaders
      .get('child-replica.categories', (ids) => this.replicas.categoriesOf(ids))
      .load(childId);
  }
}
