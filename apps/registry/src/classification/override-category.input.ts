import { Field, ID, InputType } from '@nestjs/graphql';
import { CATEGORY_CODES } from '@qz/contracts';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, MaxLength, MinLength } from 'class-validator';
import { ChildCategory } from './classification.model';
import type { Category } from './classification.rules';

@InputType()
export class OverrideChildCategoryInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;

  @Field(() => ChildCategory) @IsIn(CATEGORY_CODES) category: Category;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the child is in the category; false: is not; null: withdraw the override.',
  })
  @IsOptional()
  @IsBoolean()
  include: boolean | null;

  @Field({ description: 'Why, in words another caseworker can check (at least 5 characters).' })
  @MinLength(5, { message: 'reason must be written out (at least 5 characters)' })
  @MaxLength(500)
  reason: string;
}
