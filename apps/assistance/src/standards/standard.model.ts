import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeValue } from '../shared/graphql-enums';

@ObjectType('AssistanceStandard', {
  description: 'A programme’s standard in a region for a period (四(三)1).',
})
export class StandardModel {
  @Field(() => ProgrammeValue)
  programme: string;

  /**
   * The region the standard was set for. Exposed as `regionCode` by StandardsResolver: a county
   * applies the city's standard, so the region scope's check of returned records (which reads
   * `regionCode`) must not refuse a standard of the region's ancestors; standards are public policy.
   */
  setFor: string;

  @Field()
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Last day it applies; null while current.' })
  effectiveTo: string | null;

  @Field(() => Int, { description: 'Base monthly amount in fen (1/100 yuan).' })
  monthlyAmountFen: number;

  @Field(() => Int, {
    description: 'Raise for children, in percent of the base (dibao, temporary assistance).',
  })
  childUpliftPercent: number;

  @Field(() => Int, { description: 'What a child gets a month: base raised by the uplift, in fen.' })
  childMonthlyAmountFen: number;
}
