import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { LOCAL_DATE_MESSAGE, LOCAL_DATE_PATTERN } from '../shared/inputs';

@InputType()
export class AcceptProposalInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(128)
  proposalId: string;

  @Field({ description: 'First day paid, YYYY-MM-DD.' })
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `startDate ${LOCAL_DATE_MESSAGE}` })
  startDate: string;

  @Field({ nullable: true, description: 'Last day paid; by default the programme’s age limit.' })
  @IsOptional()
  @MaxLength(10)
  @Matches(LOCAL_DATE_PATTERN, { message: `endDate ${LOCAL_DATE_MESSAGE}` })
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'Fen a month; by default the standard in force.' })
  @IsOptional()
  @IsInt()
  monthlyAmountFen?: number;

  @Field({ description: 'The decision it rests on (e.g. the approval number).' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@InputType()
export class RejectProposalInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(128)
  proposalId: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
