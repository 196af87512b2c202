import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Matches, MaxLength } from 'class-validator';
import { ProgrammeValue } from '../shared/graphql-enums';
import { COUNTY_OR_CITY_MESSAGE, COUNTY_OR_CITY_PATTERN } from '../shared/inputs';

@ObjectType()
export class PaymentRollLine {
  @Field(() => ID)
  benefitId: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ProgrammeValue)
  programme: string;

  @Field(() => Int)
  amountFen: number;
}

@ObjectType()
export class ProgrammeTotalModel {
  @Field(() => ProgrammeValue)
  programme: string;

  @Field(() => Int)
  lines: number;

  @Field(() => Int)
  amountFen: number;
}

@ObjectType('PaymentRoll', { description: 'A region’s payments for one month, generated once.' })
export class PaymentRollModel {
  @Field(() => ID, { description: '<region>:<YYYY-MM>' })
  id: string;

  @Field()
  regionCode: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field({ description: 'GENERATING or COMPLETE' })
  status: string;

  @Field(() => Date, { nullable: true })
  generatedAt: Date | null;

  @Field(() => [PaymentRollLine])
  lines: PaymentRollLine[];

  @Field(() => [ProgrammeTotalModel], { description: 'Lines and amount per programme.' })
  totals: ProgrammeTotalModel[];

  @Field(() => Int, { description: 'Sum of the lines, in fen.' })
  totalFen: number;
}

@InputType()
export class GeneratePaymentRollInput {
  @Field({ description: 'Division code; the roll covers benefits of this region and below.' })
  @MaxLength(12)
  @Matches(COUNTY_OR_CITY_PATTERN, { message: `regionCode ${COUNTY_OR_CITY_MESSAGE}` })
  regionCode: string;

  @Field({ description: 'YYYY-MM, not after the current month.' })
  @MaxLength(7)
  month: string;
}
