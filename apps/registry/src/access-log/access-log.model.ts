import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../children/child-list.model';

export enum AccessActionValue {
  READ = 'READ',
  CHANGE = 'CHANGE',
}
registerEnumType(AccessActionValue, {
  name: 'AccessAction',
  description: 'READ: sensitive fields were read; CHANGE: the child’s records were changed.',
});

@ObjectType('AccessLogEntry', {
  description: 'Who accessed a child’s records, where, when and why (append-only).',
})
export class AccessLogEntryModel {
  @Field(() => ID) id: string;
  @Field(() => ID) childId: string;
  @Field(() => AccessActionValue) action: AccessActionValue;
  @Field(() => [String], { description: 'Fields read (Type.field) or input fields changed.' })
  fields: string[];
  @Field({ description: 'The root operation of the request.' }) operation: string;
  @Field({ description: 'The service the access happened in.' }) service: string;
  @Field() userId: string;
  @Field(() => String, { nullable: true }) userName: string | null;
  @Field() department: string;
  @Field(() => [String]) roles: string[];
  @Field({ description: 'The region the person works in.' }) userRegionCode: string;
  @Field(() => String, { nullable: true, description: 'The purpose the person stated, if any.' })
  purpose: string | null;
  @Field() requestId: string;
  @Field() at: Date;
}

@ObjectType()
export class AccessLogEdge {
  @Field() cursor: string;
  @Field(() => AccessLogEntryModel) node: AccessLogEntryModel;
}

@ObjectType()
export class AccessLogConnection {
  @Field(() => [AccessLogEdge]) edges: AccessLogEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'Entries of this child in all.' }) totalCount: number;
}
