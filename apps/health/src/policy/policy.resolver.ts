import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { currentActor } from '../common/actor';
import { PolicyStandardModel, StandardKindValue } from './policy.model';
import { SetPolicyStandardInput } from './policy.input';
import type { StandardKind } from './policy.rules';
import { PolicyService } from './policy.service';

@Resolver(() => PolicyStandardModel)
export class PolicyResolver {
  constructor(private readonly policy: PolicyService) {}

  @Query(() => [PolicyStandardModel], {
    description: 'Every version of the health policy standards (the audit trail), oldest first.',
  })
  healthPolicyStandards(
    @Args('kind', { type: () => StandardKindValue, nullable: true }) kind?: StandardKind,
  ): Promise<PolicyStandardModel[]> {
    return this.policy.history(kind);
  }

  @Mutation(() => PolicyStandardModel, {
    description:
      'Sets a ratio, amount or cap for a region and period as a new version; decisions already made keep the version they used.',
  })
  setHealthPolicyStandard(@Args('input') input: SetPolicyStandardInput): Promise<PolicyStandardModel> {
    return this.policy.set(input, currentActor());
  }
}
