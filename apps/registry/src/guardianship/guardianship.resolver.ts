import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import {
  AddEntrustmentAgreementInput,
  EndEntrustmentAgreementInput,
  RecordAgreementCheckInput,
  RecordLivingArrangementInput,
} from './guardianship.inputs';
import { GuardianshipService } from './guardianship.service';

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated' };

@Resolver(() => ChildModel)
export class GuardianshipResolver {
  constructor(private readonly guardianship: GuardianshipService) {}

  @Mutation(() => ChildModel, {
    description:
      'Records an entrusted guardianship agreement signed under the village committee’s supervision (四(一)3).',
  })
  async addEntrustmentAgreement(@Args('input') input: AddEntrustmentAgreementInput) {
    return toModel(await this.guardianship.addAgreement(input, ACTOR));
  }

  @Mutation(() => ChildModel, { description: 'Ends an agreement early (parents returned, guardian unable).' })
  async endEntrustmentAgreement(@Args('input') input: EndEntrustmentAgreementInput) {
    return toModel(await this.guardianship.endAgreement(input, ACTOR));
  }

  @Mutation(() => ChildModel, {
    description: 'Records a check that the entrusted guardian cares for the child.',
  })
  async recordAgreementCheck(@Args('input') input: RecordAgreementCheckInput) {
    return toModel(await this.guardianship.recordCheck(input, ACTOR));
  }

  @Mutation(() => ChildModel, {
    description: 'Records whether the child lives alone; under 16 this raises an alert for police (四(一)1).',
  })
  async recordLivingArrangement(@Args('input') input: RecordLivingArrangementInput) {
    return toModel(await this.guardianship.recordLivingArrangement(input, ACTOR));
  }
}
