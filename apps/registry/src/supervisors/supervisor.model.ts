import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SupervisorRoleValue } from './supervisor.inputs';

@ObjectType('Supervisor')
export class SupervisorModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SupervisorRoleValue) role: SupervisorRoleValue;
  @Field() regionCode: string;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field() appointedOn: string;
  @Field(() => String, { nullable: true }) endedOn: string | null;
}
