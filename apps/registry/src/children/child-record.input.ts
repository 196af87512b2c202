import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';

/** A correction of a child's names or a move of the household; a field left out keeps its value. */
@InputType()
export class UpdateChildRecordInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(50)
  familyName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MaxLength(50)
  givenName?: string;

  @Field({
    nullable: true,
    description:
      'The village or community the household moved to (12-digit division code). The child’s records in every department follow it to that region’s staff.',
  })
  @IsOptional()
  @MaxLength(12)
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode?: string;

  @Field({ description: 'Why (a household registration transfer, a corrected spelling, ...).' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
