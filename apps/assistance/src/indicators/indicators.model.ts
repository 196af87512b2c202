import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProgrammeValue } from '../shared/graphql-enums';

@ObjectType('ProgrammeCoverage')
export class ProgrammeCoverageModel {
  @Field(() => ProgrammeValue)
  programme: string;

  @Field(() => Int, { description: 'Children with a benefit of the programme whose term meets the period.' })
  children: number;
}

@ObjectType('AssistanceIndicators', {
  description: 'Assistance’s part of the indicators (五(一) 考核) for a region’s subtree and a period.',
})
export class AssistanceIndicatorsModel {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => [ProgrammeCoverageModel], { description: 'Children covered, per programme (四(三)1).' })
  coveredByProgramme: ProgrammeCoverageModel[];

  @Field(() => Int, { description: 'Children covered by at least one programme in the period.' })
  childrenCovered: number;

  @Field(() => Int, {
    description:
      '应保尽保 gaps today: (child, programme) pairs that qualify with no benefit and no open proposal.',
  })
  coverageGaps: number;

  @Field(() => Int, { description: 'Children with at least one coverage gap today.' })
  childrenWithGaps: number;

  @Field(() => Int, { description: 'Applications received at the region’s windows in the period.' })
  applicationsReceived: number;

  @Field(() => Int, {
    description:
      'Of those, applications that missed a step’s working-day deadline (done late, or open past it).',
  })
  applicationsOverdue: number;

  @Field(() => Int, { description: 'Paid by the payment rolls of the period’s months, in fen.' })
  amountPaidFen: number;
}
