import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, Viewer } from '@qz/platform';
import type { Identity } from '@qz/identity';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import {
  AddEntrustmentAgreementInput,
  EndEntrustmentAgreementInput,
  RecordAgreementCheckInput,
  RecordLivingArrangementInput,
} from './guardianship.inputs';
import { GuardianshipService } from './guardianship.service';

@Resolver(() => ChildModel)
export class GuardianshipResolver {
  constructor(private readonly guardianship: GuardianshipService) {}

  @Mutation(() => ChildModel, {
    description:
      'Records an entrusted guardianship agreement signed under the village committee’s supervision (四(一)3).',
  })
  async addEntrustmentAgreement(
    @Args('input') input: AddEntrustmentAgreementInput,
    @Viewer() viewer: Identity,
  ) {
    return toModel(await this.guardianship.addAgreement(input, actorOf(viewer)));
  }

  @Mutation(() => ChildModel, { description: 'Ends an agreement early (parents returned, guardian unable).' })
  async endEntrustmentAgreement(
    @Args('input') input: EndEntrustmentAgreementInput,
    @Viewer() viewer: Identity,
  ) {
    return toModel(await this.guardianship.endAgreement(input, actorOf(viewer)));
  }

  @Mutation(() => ChildModel, {
    description: 'Records a check that the entrusted guardian cares for the child.',
  })
  async recordAgreementCheck(@Args('input') input: RecordAgreementCheckInput, @Viewer() viewer: Identity) {
    return toModel(await this.guardianship.recordCheck(input, actorOf(viewer)));
  }

  @Mutation(() => ChildModel, {
    description: 'Records whether the child lives alone; under 16 this raises an alert for police (四(一)1).',
  })
  async recordLivingArrangement(
    @Args('input') input: RecordLivingArrangementInput,
    @Viewer() viewer: Identity,
  ) {
    return toModel(await this.guardianship.recordLivingArrangement(input, actorOf(viewer)));
  }
}
