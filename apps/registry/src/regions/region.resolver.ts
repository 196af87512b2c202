import {
  Args,
  ArgsType,
  Context,
  Field,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import type { GraphQLRequestContext } from '@qz/platform';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { RegionErrors } from './region.errors';
import { RegionLevelValue, RegionModel } from './region.model';
import type { RegionNode } from './region-tree';
import { RegionService } from './region.service';

@ArgsType()
class RegionsArgs {
  @Field({ description: 'The region whose subtree to list.' })
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'under must be a 6-, 9- or 12-digit division code' })
  under: string;

  @Field(() => RegionLevelValue, { nullable: true, description: 'Only regions of this level.' })
  @IsOptional()
  @IsIn(Object.values(RegionLevelValue))
  level?: RegionLevelValue;

  /** At most the gateway's page limit (MAX_PAGE_SIZE, 200), which a default above it would break. */
  @Field(() => Int, { defaultValue: 200 })
  @IsInt()
  @Min(1)
  @Max(1000)
  first: number;
}

const toModel = (n: RegionNode): RegionModel => ({
  code: n.code,
  name: n.name,
  level: n.level as RegionLevelValue,
  parentCode: n.parentCode,
  pathCodes: n.path,
});

@Resolver(() => RegionModel)
export class RegionResolver {
  constructor(private readonly tree: RegionService) {}

  private loader(ctx: GraphQLRequestContext) {
    return ctx.loaders.get('registry.region', (codes) => this.tree.findByCodes(codes));
  }

  @Query(() => RegionModel, { nullable: true, description: 'A region by division code.' })
  async region(@Args('code') code: string, @Context() ctx: GraphQLRequestContext) {
    const r = await this.loader(ctx).load(code);
    return r ? toModel(r) : null;
  }

  @Query(() => [RegionModel], {
    description: 'A region and every region below it, in code order (optionally only one level).',
  })
  async regions(@Args() { under, level, first }: RegionsArgs) {
    if (!(await this.tree.findByCode(under))) throw RegionErrors.unknown(under, 'under');
    return (await this.tree.findSubtree(under, level, first)).map(toModel);
  }

  @ResolveReference()
  async resolveReference(ref: { code: string }, ctx: GraphQLRequestContext) {
    const r = await this.loader(ctx).load(ref.code);
    return r ? toModel(r) : null;
  }

  @ResolveField(() => [RegionModel], { description: 'From the city down to this region itself.' })
  async path(@Parent() region: RegionModel, @Context() ctx: GraphQLRequestContext) {
    const nodes = await this.loader(ctx).loadMany(region.pathCodes);
    return nodes.filter((n): n is RegionNode => !!n && !(n instanceof Error)).map(toModel);
  }

  @ResolveField(() => [RegionModel], { description: 'The regions one level below, in code order.' })
  async children(@Parent() region: RegionModel) {
    if (region.level === RegionLevelValue.VILLAGE) return [];
    const below = { CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: 'VILLAGE' } as const;
    return (await this.tree.findSubtree(region.code, below[region.level])).map(toModel);
  }
}
