import {
  Args,
  Context,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { isSensitiveCategory, mayReadCategory, regionCovers, type Identity } from '@qz/identity';
import { actorOf, outOfRegion, selectsField, Viewer, type GraphQLRequestContext } from '@qz/platform';
import type { GraphQLResolveInfo } from 'graphql';
import { CATEGORY_FILTER_FIELD, ChildFilter } from './child-list.inputs';
import { ChildErrors } from './child.errors';
import { ChildConnection } from './child-list.model';
import { ChildListService } from './child-list.service';
import { toModel } from './child.mapper';
import { ChildModel } from './child.model';
import { RegisterChildInput } from './register-child.input';
import { RegisterChildService } from './register-child.service';

@Resolver(() => ChildModel)
export class ChildResolver {
  constructor(
    private readonly registration: RegisterChildService,
    private readonly lists: ChildListService,
  ) {}

  private load(ctx: GraphQLRequestContext, id: string) {
    return ctx.loaders.get('registry.child', (ids) => this.lists.findByIds(ids)).load(id);
  }

  @Query(() => ChildModel, { nullable: true, description: 'A child of the ledger by id.' })
  async child(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ) {
    const c = await this.load(ctx, id);
    if (c && !regionCovers(viewer.regionCode, c.regionCode)) throw outOfRegion(`Child ${id}`);
    return c ? toModel(c) : null;
  }

  @Query(() => ChildConnection, {
    description:
      'Children of a region’s subtree matching the filter, in registration order, a page at a time.',
  })
  async children(
    @Args('filter') filter: ChildFilter,
    @Viewer() viewer: Identity,
    @Context() ctx: GraphQLRequestContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Info() info: GraphQLResolveInfo,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ChildConnection> {
    // A list by a sensitive category says each child is in it: only for the roles that may see it.
    const { category } = filter;
    const sensitive = category != null && isSensitiveCategory(category);
    if (category != null && !mayReadCategory(viewer, category))
      throw ChildErrors.categoryNotPermitted(category);
    // Without a region, the list is the asker's own subtree (a region named is checked by the
    // access interceptor before this runs).
    const regionCode = filter.regionCode ?? viewer.regionCode;
    const withTotal = selectsField(info, 'totalCount');
    const page = await this.lists.page({ ...filter, regionCode }, first, after ?? null, withTotal);
    if (sensitive) for (const e of page.edges) ctx.access?.read(e.node.id, CATEGORY_FILTER_FIELD);
    return page;
  }

  @Mutation(() => ChildModel, { description: 'Registers a child in the ledger; refuses a known ID number.' })
  async registerChild(@Args('input') input: RegisterChildInput, @Viewer() viewer: Identity) {
    return toModel(await this.registration.register(input, actorOf(viewer), viewer.regionCode));
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'The 18-character resident ID number (null while provisional). Masked (every character hidden) for ' +
      'roles that do not need it; every unmasked read is recorded in the access log.',
  })
  residentIdNumber(@Parent() child: ChildModel) {
    return child.residentIdNumber;
  }

  @ResolveReference()
  async resolveReference(ref: { id: string }, ctx: GraphQLRequestContext) {
    const c = await this.load(ctx, ref.id);
    return c ? toModel(c) : null;
  }
}
