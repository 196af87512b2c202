import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { BenefitModel } from './benefit.model';
import {
  ChangeBenefitInput,
  EndBenefitInput,
  GrantBenefitInput,
  SuspendBenefitInput,
} from './benefit.inputs';
import { BenefitService } from './benefit.service';

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated' };

@Resolver(() => BenefitModel)
export class BenefitResolver {
  constructor(private readonly benefits: BenefitService) {}

  @Mutation(() => BenefitModel, {
    description: 'Grants a benefit directly (e.g. temporary assistance after an application).',
  })
  grantBenefit(@Args('input') input: GrantBenefitInput) {
    return this.benefits.grant({ ...input, reason: input.reason.trim() }, ACTOR);
  }

  @Mutation(() => BenefitModel, { description: 'Stops paying a benefit for a while (e.g. pending review).' })
  suspendBenefit(@Args('input') input: SuspendBenefitInput) {
    return this.benefits.suspend(input.benefitId, input.reason.trim(), ACTOR);
  }

  @Mutation(() => BenefitModel, { description: 'Pays a suspended benefit again.' })
  resumeBenefit(@Args('input') input: SuspendBenefitInput) {
    return this.benefits.resume(input.benefitId, input.reason.trim(), ACTOR);
  }

  @Mutation(() => BenefitModel, {
    description: 'Ends a benefit for good (came of age, adopted, left dibao).',
  })
  endBenefit(@Args('input') input: EndBenefitInput) {
    return this.benefits.end(input.benefitId, input.endDate, input.reason.trim(), ACTOR);
  }

  @Mutation(() => BenefitModel, { description: 'Changes a benefit’s amount or last day.' })
  changeBenefit(@Args('input') input: ChangeBenefitInput) {
    return this.benefits.amend(input.benefitId, input, input.reason.trim(), ACTOR);
  }
}
