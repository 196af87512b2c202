import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

@InputType()
export class ConfirmChildIdentityInput {
  @Field(() => ID, { description: 'The provisional record.' }) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field({ description: 'The 18-character resident ID number found for the child.' })
  @IsNotEmpty()
  @MaxLength(18)
  residentIdNumber: string;
  @Field({ description: 'Where the number comes from (household register, police, court).' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
