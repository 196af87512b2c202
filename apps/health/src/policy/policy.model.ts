import { FenScalar } from '@qz/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { STANDARD_KINDS, type StandardKind } from './policy.rules';

export const StandardKindValue = Object.fromEntries(STANDARD_KINDS.map((k) => [k, k])) as {
  [K in StandardKind]: K;
};
registerEnumType(StandardKindValue, {
  name: 'HealthPolicyStandardKind',
  description:
    'PREMIUM_CONTRIBUTION: yearly individual contribution; PREMIUM_SUBSIDY: share paid for the child; MEDICAL_ASSISTANCE, REHAB, TOMORROW_PLAN: ratio and yearly cap.',
});

@ObjectType('HealthPolicyStandard', {
  description: 'One version of a policy parameter of 四(三)2; versions are never changed, only added.',
})
export class PolicyStandardModel {
  @Field(() => ID)
  id: string;

  @Field(() => StandardKindValue)
  kind: StandardKind;

  @Field({ description: 'e.g. DIBAO, TEKUN, HEARING:TRAINING, RESIDENT' })
  subject: string;

  /** Where it applies (the GraphQL field `regionCode`, see StandardRegionResolver). */
  appliesIn: string;

  @Field()
  effectiveFrom: string;

  @Field(() => String, { nullable: true })
  effectiveTo: string | null;

  @Field(() => Int)
  version: number;

  @Field(() => FenScalar, { nullable: true })
  amountFen: number | null;

  @Field(() => Int, { nullable: true, description: 'Basis points: 10000 = 100%.' })
  ratioBp: number | null;

  @Field(() => FenScalar, { nullable: true })
  capFen: number | null;

  @Field()
  reason: string;

  @Field()
  setBy: string;

  @Field()
  setAt: Date;
}

@ObjectType('HealthAppliedStandard', { description: 'The standard version a decision used, as it was then.' })
export class AppliedStandardModel {
  @Field(() => ID)
  standardId: string;

  @Field(() => Int)
  version: number;

  /** Where it applies (the GraphQL field `regionCode`, see StandardRegionResolver). */
  appliesIn: string;

  @Field()
  effectiveFrom: string;

  @Field(() => FenScalar, { nullable: true })
  amountFen: number | null;

  @Field(() => Int, { nullable: true })
  ratioBp: number | null;

  @Field(() => FenScalar, { nullable: true })
  capFen: number | null;
}

/** A stored standard (or the copy a decision kept) as the graph shows it. */
export function toStandardModel<S extends { regionCode: string }>(
  s: S,
): Omit<S, 'regionCode'> & { appliesIn: string } {
  const { regionCode, ...rest } = s;
  return { ...rest, appliesIn: regionCode };
}
