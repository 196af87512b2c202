import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { regionCovers, type Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { PolicyStandardModel, StandardKindValue, toStandardModel } from './policy.model';
import { SetPolicyStandardInput } from './policy.input';
import type { StandardKind } from './policy.rules';
import { PolicyService } from './policy.service';

/**
 * The standards that concern a person: those applying where they work (the city's and their
 * county's) and those set inside their region; another county's standards are not theirs.
 */
export const concerns = (viewer: Pick<Identity, 'regionCode'>, standardRegion: string): boolean =>
  regionCovers(standardRegion, viewer.regionCode) || regionCovers(viewer.regionCode, standardRegion);

@Resolver(() => PolicyStandardModel)
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @Query(() => [PolicyStandardModel], {
    description:
      'Every version of the health policy standards that apply in the asker’s region (the audit trail), oldest first.',
  })
  async healthPolicyStandards(
    @Viewer() viewer: Identity,
    @Args('kind', { type: () => StandardKindValue, nullable: true }) kind?: StandardKind,
  ): Promise<PolicyStandardModel[]> {
    const all = await this.policy.history(kind);
    return all.filter((s) => concerns(viewer, s.regionCode)).map(toStandardModel);
  }

  /**
   * Only the health commission, and only for a region it covers: the input's regionCode (450700 or
   * a county) is checked against the officer's subtree before this runs, so a township or village
   * officer can set no standard and a county officer only the county's.
   */
  @Mutation(() => PolicyStandardModel, {
    description:
      'Sets a ratio, amount or cap for a region and period as a new version; decisions already made keep the version they used.',
  })
  async setHealthPolicyStandard(
    @Args('input') input: SetPolicyStandardInput,
    @Viewer() viewer: Identity,
  ): Promise<PolicyStandardModel> {
    return toStandardModel(await this.policy.set(input, actorOf(viewer)));
  }
}
