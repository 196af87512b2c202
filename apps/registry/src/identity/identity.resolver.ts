import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, Viewer } from '@qz/platform';
import type { Identity } from '@qz/identity';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import { RegisterChildService } from '../children/register-child.service';
import { RegisterProvisionalChildInput } from '../children/register-child.input';
import { ConfirmChildIdentityInput } from './identity.inputs';
import { IdentityService } from './identity.service';

@Resolver(() => ChildModel)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly registration: RegisterChildService,
  ) {}

  @Mutation(() => ChildModel, {
    description:
      'Registers a child without an identity number yet, with an estimated birth date (provisional record).',
  })
  async registerProvisionalChild(
    @Args('input') input: RegisterProvisionalChildInput,
    @Viewer() viewer: Identity,
  ) {
    return toModel(await this.registration.registerProvisional(input, actorOf(viewer)));
  }

  @Mutation(() => ChildModel, {
    description:
      'Gives a provisional record its identity number; if a child with that number is in the ledger, merges the provisional record into it and returns that child.',
  })
  async confirmChildIdentity(@Args('input') input: ConfirmChildIdentityInput, @Viewer() viewer: Identity) {
    return toModel(await this.identity.confirm(input, actorOf(viewer), viewer.regionCode));
  }
}
