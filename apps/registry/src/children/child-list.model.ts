import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ChildModel } from './child.model';

@ObjectType()
export class ChildEdge {
  @Field() cursor: string;
  @Field(() => ChildModel) node: ChildModel;
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType()
export class ChildConnection {
  @Field(() => [ChildEdge]) edges: ChildEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  /** Counted only when the query selects it (ChildResolver.children). */
  @Field(() => Int, { description: 'How many children match the filter in all.' }) totalCount: number | null;
}
