import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ChildCategory } from '../classification/classification.model';

@ObjectType()
export class CategoryCount {
  @Field(() => ChildCategory) category: string;
  @Field(() => Int, {
    nullable: true,
    description:
      'Children in the category; null when withheld (a sensitive category: 1–4 children, or any count below the township).',
  })
  count: number | null;
  @Field({ description: 'Whether the count is withheld so as not to point at a child (docs/access.md).' })
  suppressed: boolean;
}

@ObjectType({ description: 'The registry’s part of the indicators of a region and period (五(一) 考核).' })
export class RegistryIndicators {
  @Field({ description: 'First day of the period (YYYY-MM-DD).' }) from: string;
  @Field({ description: 'Last day of the period (YYYY-MM-DD).' }) to: string;
  @Field(() => Int, { description: 'Children of the ledger in the region’s subtree.' }) children: number;
  @Field(() => [CategoryCount], {
    description: 'Children by category, as currently classified; small counts of sensitive ones withheld.',
  })
  childrenByCategory: CategoryCount[];
  @Field(() => Int) villages: number;
  @Field(() => Int, { description: 'Villages with a supervisor in post on the last day.' })
  villagesWithSupervisor: number;
  @Field(() => Float, { nullable: true, description: '0..1; null without villages.' })
  villageSupervisorShare: number | null;
  @Field(() => Int) townships: number;
  @Field(() => Int, { description: 'Townships with a child social worker in post on the last day.' })
  townshipsWithSocialWorker: number;
  @Field(() => Float, { nullable: true, description: '0..1; null without townships.' })
  townshipSocialWorkerShare: number | null;
  @Field(() => Int, { description: 'Visits made in the period.' }) visits: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Visits in the period per child; null without children.',
  })
  visitsPerChild: number | null;
  @Field(() => Int, {
    description: 'Left-behind children without a valid entrusted guardian (no agreement, or it ended).',
  })
  leftBehindWithoutValidGuardian: number;
}
