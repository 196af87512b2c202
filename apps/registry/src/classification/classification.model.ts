import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DISABILITY_TYPES } from './circumstances';
import { CATEGORY_CODES } from '@qz/contracts';
import { PARENT_STATUSES } from './classification.rules';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ChildCategory = asEnum(CATEGORY_CODES);
registerEnumType(ChildCategory, { name: 'ChildCategory', description: 'Categories of 三「保障范围」' });

export const ParentStatusValue = asEnum(PARENT_STATUSES);
registerEnumType(ParentStatusValue, { name: 'ParentStatus' });

export const DisabilityTypeValue = asEnum(DISABILITY_TYPES);
registerEnumType(DisabilityTypeValue, {
  name: 'DisabilityType',
  description:
    'The category on a disability certificate (残疾人证) as the DPF records it: VISION, HEARING, SPEECH, PHYSICAL, ' +
    'INTELLECTUAL, MENTAL, MULTIPLE. AUTISM only on records entered before the certificate’s categories were ' +
    'told apart from rehabilitation’s (autism is certified as MENTAL).',
});

@ObjectType({
  description:
    'The disability certificate as the DPF recorded it in the health service (ChildHealth.disability): the ledger ' +
    'takes it by event and never records one itself.',
})
export class Disability {
  @Field(() => DisabilityTypeValue) type: string;
  @Field(() => Int, { description: '1 (most severe) to 4.' }) grade: number;
  @Field(() => String, {
    nullable: true,
    description: 'The date on the certificate (YYYY-MM-DD); null on records from before the DPF’s record.',
  })
  certifiedOn?: string | null;
}

@ObjectType()
export class Household {
  @Field() dibao: boolean;
  @Field(() => String, { nullable: true }) dibaoFrom: string | null;
  @Field(() => String, { nullable: true }) dibaoUntil: string | null;
  @Field() lowIncome: boolean;
  @Field(() => String, { nullable: true }) lowIncomeFrom: string | null;
  @Field(() => String, { nullable: true }) lowIncomeUntil: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) hukouRegionCode: string | null;
}

/**
 * The parents' statuses (custody, prison, drug rehabilitation, illness), disability and health
 * are sensitive: they are field resolvers (ChildCircumstancesResolver) under the policy's field rules.
 */
@ObjectType({ description: 'The recorded facts the categories are computed from, and their details.' })
export class ChildCircumstances {
  /** The child these are the circumstances of (the access log names it); not a field. */
  childId?: string;
  father: string | null;
  mother: string | null;
  @Field(() => String, { nullable: true }) fatherWorkplace: string | null;
  @Field(() => String, { nullable: true }) motherWorkplace: string | null;
  @Field(() => Household) household: Household;
  disabilityCertificate: boolean;
  disability: Disability | null;
  seriousIllness: boolean;
  illnessDiagnosis: string | null;
  aidsAffected: boolean;
  @Field() abandonedInfant: boolean;
  @Field() streetChild: boolean;
  traffickingRescued: boolean;
  @Field() temporarilyWithoutFamily: boolean;
  @Field(() => String, { nullable: true }) schoolName: string | null;
}

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

  @Field(() => String, {
    nullable: true,
    description:
      'The day (YYYY-MM-DD) the change took effect: the 16th birthday for the end of left-behind status (三(二)), ' +
      'whenever it was recorded; null on entries from before it was kept.',
  })
  effectiveOn: string | null;

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
