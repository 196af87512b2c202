import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';

export enum SupervisorRoleValue {
  VILLAGE_SUPERVISOR = 'VILLAGE_SUPERVISOR',
  TOWNSHIP_SOCIAL_WORKER = 'TOWNSHIP_SOCIAL_WORKER',
}
registerEnumType(SupervisorRoleValue, {
  name: 'SupervisorRole',
  description: '儿童福利督导员 (one per village, 四(二)1) or 儿童社会工作者 (one per township, 五(一)).',
});

@InputType()
export class AppointSupervisorInput {
  @Field() @IsNotEmpty() @MaxLength(50) name: string;
  @Field(() => SupervisorRoleValue) @IsIn(Object.values(SupervisorRoleValue)) role: SupervisorRoleValue;
  @Field()
  @Matches(/^\d{9}(\d{3})?$/, { message: 'regionCode must be a 9- or 12-digit division code' })
  regionCode: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9+\- ]{5,20}$/, { message: 'phone is a phone number' })
  phone?: string;
  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'appointedOn must be written YYYY-MM-DD' })
  appointedOn: string;
}

@InputType()
export class EndSupervisorInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) supervisorId: string;
  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endedOn must be written YYYY-MM-DD' }) endedOn: string;
}
