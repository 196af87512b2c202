import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CATEGORY_CODES } from '@qz/contracts';
import { PARENT_STATUSES } from './classification.rules';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ChildCategory = asEnum(CATEGORY_CODES);
registerEnumType(ChildCategory, { name: 'ChildCategory', description: 'Categories of 三「保障范围」' });

export const ParentStatusValue = asEnum(PARENT_STATUSES);
registerEnumType(ParentStatusValue, { name: 'ParentStatus' });

@ObjectType()
export class CategoryAssignment {
  @Field(() => ChildCategory)
  category: string;

  @Field({ description: 'The rule of the policy that puts the child in this category.' })
  rule: string;
}

@ObjectType()
export class ChildClassification {
  @Field(() => [CategoryAssignment])
  categories: CategoryAssignment[];

  @Field()
  leftBehind: boolean;

  @Field()
  inDifficulty: boolean;

  @Field({
    description: '三(二): a left-behind child who is also in difficulty gets the protections of difficulty.',
  })
  protectedAsChildInDifficulty: boolean;

  @Field({ description: 'The date (YYYY-MM-DD) the categories were computed for.' })
  computedOn: string;
}

@ObjectType()
export class ClassificationChange {
  @Field()
  at: Date;

  @Field(() => [ChildCategory])
  categories: string[];

  @Field(() => [ChildCategory])
  added: string[];

  @Field(() => [ChildCategory])
  removed: string[];

  @Field()
  reason: string;

  @Field({ description: 'Who decided: a user id, or the system process that recomputed.' })
  decidedBy: string;
}

@ObjectType()
export class CategoryOverrideModel {
  @Field(() => ChildCategory) category: string;
  @Field() include: boolean;
  @Field() reason: string;
  @Field() decidedBy: string;
  @Field() decidedAt: Date;
}
