import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { IsPersonName, IsText } from '../common/input-rules';

@InputType()
export class DecideEducationAidInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(140)
  proposalId: string;

  @Field({ description: 'Why the bureau confirms or rejects (kept with the decision).' })
  @IsText(500)
  reason: string;

  @Field({ description: 'Who decides at the county education bureau.' })
  @IsPersonName()
  by: string;
}
