import { Field, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { CATEGORY_CODES } from '@qz/contracts';
import { ChildCategory } from '../classification/classification.model';

export enum RiskLevelValue {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(RiskLevelValue, { name: 'RiskLevel', description: 'Sets how often the child is visited.' });

/** The access log's name for a list by a sensitive category (each child listed is named). */
export const CATEGORY_FILTER_FIELD = 'ChildFilter.category';

/** What a caseworker narrows a list of children by; every field left out does not narrow. */
@InputType()
export class ChildFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Children whose household is in this region or below it; by default the asker’s region.',
  })
  @IsOptional()
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode must be a 6-, 9- or 12-digit division code' })
  regionCode?: string;

  @Field(() => ChildCategory, { nullable: true })
  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: string;

  @Field({ nullable: true }) @IsOptional() @IsBoolean() leftBehind?: boolean;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() inDifficulty?: boolean;

  @Field({
    nullable: true,
    description:
      'True: left-behind children without a valid entrusted guardian, or whose agreement ends within 30 days.',
  })
  @IsOptional()
  @IsBoolean()
  guardianshipGap?: boolean;

  @Field(() => RiskLevelValue, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RiskLevelValue))
  riskLevel?: RiskLevelValue;

  @Field({ nullable: true, description: 'True: the next visit was due before today.' })
  @IsOptional()
  @IsBoolean()
  visitOverdue?: boolean;

  @Field(() => Int, { nullable: true, description: 'Age in whole years today, at least.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  minAge?: number;

  @Field(() => Int, { nullable: true, description: 'Age in whole years today, at most.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(17)
  maxAge?: number;

  @Field({ nullable: true, description: 'True: records of children without an ID number yet.' })
  @IsOptional()
  @IsBoolean()
  provisional?: boolean;
}
