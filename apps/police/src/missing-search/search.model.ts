import { Field, ObjectType } from '@nestjs/graphql';
import { SearchOutcomeValue } from './search.inputs';

@ObjectType()
export class SearchReview {
  @Field() at: Date;
  @Field() by: string;
  @Field(() => [String]) areas: string[];
  @Field(() => [String]) units: string[];
  @Field() note: string;
}

@ObjectType()
export class SearchEnd {
  @Field(() => SearchOutcomeValue) outcome: string;
  @Field() foundAt: Date;
  @Field() foundPlace: string;
  @Field() notes: string;
}

@ObjectType({ description: '四(二)3 儿童失踪快速查找: the fast search for a missing child.' })
export class MissingChildSearch {
  @Field() startedAt: Date;
  @Field({ description: 'Started by the missing report’s dispatch deadline.' }) startedOnTime: boolean;
  @Field() lastSeenAt: Date;
  @Field() lastSeenPlace: string;
  @Field() description: string;
  @Field(() => [String], { description: 'Every area told so far (division codes).' }) areas: string[];
  @Field(() => [String], { description: 'Every unit told so far.' }) units: string[];
  @Field(() => [SearchReview]) reviews: SearchReview[];
  @Field(() => Date, { nullable: true, description: 'When the open search is next due for review.' })
  nextReviewDueAt: Date | null;
  @Field({ description: 'Open and past its review time.' }) reviewOverdue: boolean;
  @Field(() => SearchEnd, { nullable: true }) end: SearchEnd | null;
}
