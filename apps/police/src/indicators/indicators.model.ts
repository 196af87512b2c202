import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { SituationTypeValue } from '../cases/case.inputs';

@ObjectType()
export class SituationCount {
  @Field(() => SituationTypeValue) situationType: string;
  @Field(() => Int) reports: number;
}

@ObjectType({
  description:
    'The police part of the indicators (五(一) 考核) for a region’s subtree and a period: reports and time to first dispatch (四(二)2–3), assessments overdue (四(二)4), interventions (四(二)5).',
})
export class PoliceIndicators {
  @Field() regionCode: string;
  @Field() from: string;
  @Field() to: string;
  @Field(() => Int, { description: 'Reports received in the period.' }) reportsReceived: number;
  @Field(() => [SituationCount]) reportsBySituation: SituationCount[];
  @Field(() => Int, { description: 'Cases first reported in the period and dispatched.' })
  casesDispatched: number;
  @Field(() => Float, { nullable: true, description: 'Median minutes from the first report to dispatch.' })
  medianMinutesToDispatch: number | null;
  @Field(() => Int, { nullable: true, description: 'Longest minutes from the first report to dispatch.' })
  worstMinutesToDispatch: number | null;
  @Field(() => Int, {
    description:
      'Cases first reported in the period dispatched after the SLA, or still undispatched past it.',
  })
  dispatchesOverdue: number;
  @Field(() => Int, { description: 'Township assessments due in the period.' }) assessmentsDue: number;
  @Field(() => Int, { description: 'Of those, recorded late or still missing after the due day.' })
  assessmentsOverdue: number;
  @Field(() => Int, { description: 'Interventions against guardians decided in the period.' })
  interventions: number;
  @Field(() => Int, { description: 'Petitions to revoke guardianship filed in the period.' })
  revocationPetitions: number;
}
