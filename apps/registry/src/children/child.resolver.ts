import { Args, Context, ID, Int, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import type { GraphQLRequestContext } from '@qz/platform';
import { ChildFilter } from './child-list.inputs';
import { ChildConnection } from './child-list.model';
import { ChildListService } from './child-list.service';
import { ChildRepository } from './child.repository';
import { toModel } from './child.mapper';
import { ChildModel } from './child.model';
import { RegisterChildInput } from './register-child.input';
import { RegisterChildService } from './register-child.service';

@Resolver(() => ChildModel)
export class ChildResolver {
  constructor(
    private readonly ledger: ChildRepository,
    private readonly registration: RegisterChildService,
    private readonly lists: ChildListService,
  ) {}

  private load(ctx: GraphQLRequestContext, id: string) {
    return ctx.loaders.get('registry.child', (ids) => this.ledger.findByIds(ids)).load(id);
  }

  @Query(() => ChildModel, { nullable: true, description: 'A child of the ledger by id.' })
  async child(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLRequestContext) {
    const c = await this.load(ctx, id);
    return c ? toModel(c) : null;
  }

  @Query(() => ChildConnection, {
    description:
      'Children of a region’s subtree matching the filter, in registration order, a page at a time.',
  })
  async children(
    @Args('filter') filter: ChildFilter,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ChildConnection> {
    return this.lists.page(filter, first, after ?? null);
  }

  @Mutation(() => ChildModel, { description: 'Registers a child in the ledger; refuses a known ID number.' })
  async registerChild(@Args('input') input: RegisterChildInput) {
    // The acting person comes from the verified gateway identity once authentication is in place.
    return toModel(await this.registration.register(input, { kind: 'user', id: 'unauthenticated' }));
  }

  @ResolveReference()
  async resolveReference(ref: { id: string }, ctx: GraphQLRequestContext) {
    const c = await this.load(ctx, ref.id);
    return c ? toModel(c) : null;
  }
}
