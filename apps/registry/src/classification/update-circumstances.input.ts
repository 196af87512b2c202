import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { ParentStatusValue } from './classification.model';
import { PARENT_STATUSES, type ParentStatus } from './classification.rules';

/** Changes to a child's circumstances; a field left out keeps its recorded value. */
@InputType()
export class UpdateChildCircumstancesInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => ParentStatusValue, { nullable: true })
  @IsOptional()
  @IsIn(PARENT_STATUSES)
  father?: ParentStatus;

  @Field(() => ParentStatusValue, { nullable: true })
  @IsOptional()
  @IsIn(PARENT_STATUSES)
  mother?: ParentStatus;

  @Field({ nullable: true, description: 'The household holds 城乡低保.' })
  @IsOptional()
  @IsBoolean()
  dibao?: boolean;

  @Field({ nullable: true, description: 'The household holds low-income certification.' })
  @IsOptional()
  @IsBoolean()
  lowIncome?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  disabilityCertificate?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  seriousIllness?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  aidsAffected?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  abandonedInfant?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  streetChild?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  traffickingRescued?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  temporarilyWithoutFamily?: boolean;

  @Field({
    description:
      'Why the circumstances changed (e.g. the visit or document that shows it); kept in the history.',
  })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
