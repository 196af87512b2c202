import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GeneratePaymentRollInput, PaymentRollModel } from './payment-roll.model';
import { PaymentRollService } from './payment-roll.service';

@Resolver(() => PaymentRollModel)
export class PaymentRollResolver {
  constructor(private readonly rolls: PaymentRollService) {}

  @Mutation(() => PaymentRollModel, {
    description:
      'Generates a region’s roll for a month; running it again returns the same roll, paying nobody twice.',
  })
  generatePaymentRoll(@Args('input') input: GeneratePaymentRollInput) {
    return this.rolls.generate(input.regionCode, input.month);
  }

  @Query(() => PaymentRollModel, { nullable: true, description: 'A region’s roll for a month (YYYY-MM).' })
  paymentRoll(@Args('regionCode') regionCode: string, @Args('month') month: string) {
    return this.rolls.find(regionCode, month);
  }
}
