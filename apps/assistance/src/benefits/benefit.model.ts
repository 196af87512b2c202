import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BenefitStatusValue, ProgrammeValue } from '../shared/graphql-enums';

@ObjectType()
export class BenefitChangeModel {
  @Field()
  at: Date;

  @Field({ description: 'grant, suspend, resume, end or change' })
  action: string;

  @Field(() => BenefitStatusValue)
  status: string;

  @Field(() => Int)
  monthlyAmountFen: number;

  @Field(() => String, { nullable: true })
  endDate: string | null;

  @Field()
  effectiveDate: string;

  @Field()
  reason: string;

  @Field()
  by: string;
}

@ObjectType('Benefit', { description: 'A child’s benefit from one programme of 四(三)1.' })
export class BenefitModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => ProgrammeValue)
  programme: string;

  @Field()
  regionCode: string;

  @Field(() => BenefitStatusValue)
  status: string;

  @Field(() => Int, { description: 'Fen a month.' })
  monthlyAmountFen: number;

  @Field({ description: 'First day paid.' })
  startDate: string;

  @Field(() => String, { nullable: true, description: 'Last day paid.' })
  endDate: string | null;

  @Field(() => ID, { nullable: true, description: 'The eligibility proposal it was granted from.' })
  proposalId: string | null;

  @Field()
  reason: string;

  @Field()
  grantedAt: Date;

  @Field(() => [BenefitChangeModel], { description: 'Every change, oldest first.' })
  history: BenefitChangeModel[];
}
