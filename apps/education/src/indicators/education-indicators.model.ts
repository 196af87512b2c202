import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('EducationIndicators', {
  description: 'Education’s part of a region’s indicators for a period (五(一) 考核; 四(二)6 控辍保学).',
})
export class EducationIndicatorsModel {
  @Field({ description: 'The region (and every region below it).' })
  regionCode: string;

  @Field({ description: 'First day of the period (YYYY-MM-DD).' })
  from: string;

  @Field({ description: 'Last day of the period (YYYY-MM-DD).' })
  to: string;

  @Field(() => Int, { description: 'Dropout cases open at the end of the period.' })
  openDropoutCases: number;

  @Field(() => Int, { description: 'Dropout cases registered in the period.' })
  dropoutCasesOpened: number;

  @Field(() => Int, { description: 'Cases whose child returned to school in the period.' })
  returnedToSchool: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean calendar days from registration to return, of those returned in the period.',
  })
  meanDaysToReturn: number | null;

  @Field(() => Int, {
    description: 'Written reports due in the period that were submitted late or are still missing.',
  })
  overdueReports: number;

  @Field(() => Int, { description: 'Cases escalated to the county government in the period.' })
  escalations: number;
}
