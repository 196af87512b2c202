import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { checkRecordRegion } from '../access/record-region';
import { BenefitModel } from './benefit.model';
import {
  ChangeBenefitInput,
  EndBenefitInput,
  GrantBenefitInput,
  SuspendBenefitInput,
} from './benefit.inputs';
import { BenefitService } from './benefit.service';

@Resolver(() => BenefitModel)
export class BenefitResolver {
  constructor(private readonly benefits: BenefitService) {}

  /** The benefit named by id must lie in the asker's region, before anything is written. */
  private async inRegion(viewer: Identity, benefitId: string) {
    checkRecordRegion(viewer, await this.benefits.findById(benefitId), `Benefit ${benefitId}`);
  }

  @Mutation(() => BenefitModel, {
    description: 'Grants a benefit directly (e.g. temporary assistance after an application).',
  })
  grantBenefit(@Args('input') input: GrantBenefitInput, @Viewer() viewer: Identity) {
    return this.benefits.grant({ ...input, reason: input.reason.trim() }, actorOf(viewer));
  }

  @Mutation(() => BenefitModel, { description: 'Stops paying a benefit for a while (e.g. pending review).' })
  async suspendBenefit(@Args('input') input: SuspendBenefitInput, @Viewer() viewer: Identity) {
    await this.inRegion(viewer, input.benefitId);
    return this.benefits.suspend(input.benefitId, input.reason.trim(), actorOf(viewer));
  }

  @Mutation(() => BenefitModel, { description: 'Pays a suspended benefit again.' })
  async resumeBenefit(@Args('input') input: SuspendBenefitInput, @Viewer() viewer: Identity) {
    await this.inRegion(viewer, input.benefitId);
    return this.benefits.resume(input.benefitId, input.reason.trim(), actorOf(viewer));
  }

  @Mutation(() => BenefitModel, {
    description: 'Ends a benefit for good (came of age, adopted, left dibao).',
  })
  async endBenefit(@Args('input') input: EndBenefitInput, @Viewer() viewer: Identity) {
    await this.inRegion(viewer, input.benefitId);
    return this.benefits.end(input.benefitId, input.endDate, input.reason.trim(), actorOf(viewer));
  }

  @Mutation(() => BenefitModel, { description: 'Changes a benefit’s amount or last day.' })
  async changeBenefit(@Args('input') input: ChangeBenefitInput, @Viewer() viewer: Identity) {
    await this.inRegion(viewer, input.benefitId);
    return this.benefits.amend(input.benefitId, input, input.reason.trim(), actorOf(viewer));
  }
}
