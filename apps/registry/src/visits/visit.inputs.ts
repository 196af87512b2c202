import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { DANGER_SIGNS, RISK_FLAGS, VISIT_KINDS } from '@qz/contracts';
import { RiskLevelValue } from '../children/child-list.inputs';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const VisitKindValue = asEnum(VISIT_KINDS);
registerEnumType(VisitKindValue, {
  name: 'VisitKind',
  description:
    'HOME_VISIT 家访 by cadres, CALL_IN 探访 by resident officials, FOLLOW_UP 随访 by social workers (四(一)4).',
});
export const RiskFlagValue = asEnum(RISK_FLAGS);
registerEnumType(RiskFlagValue, { name: 'RiskFlag' });
export const DangerSignValue = asEnum(DANGER_SIGNS);
registerEnumType(DangerSignValue, {
  name: 'DangerSign',
  description:
    'Danger found on a visit (四(二)2–3), each a report to police: ABUSE signs of abuse or violence, ' +
    'INJURY an injury, NO_CARE nobody caring for the child (no guardian acting, no food or shelter), ' +
    'LIVING_ALONE a child under 16 living alone.',
});

@InputType()
export class RecordVisitInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => VisitKindValue) @IsIn(VISIT_KINDS) kind: string;
  @Field()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'visitedOn must be written YYYY-MM-DD' })
  visitedOn: string;
  @Field() @IsNotEmpty() @MaxLength(50) visitorName: string;
  @Field(() => ID, { nullable: true, description: 'The supervisor or social worker who visited, if one.' })
  @IsOptional()
  @MaxLength(64)
  supervisorId?: string;
  @Field() @IsNotEmpty() @MaxLength(2000) findings: string;
  @Field(() => [RiskFlagValue], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(RISK_FLAGS.length)
  @IsIn(RISK_FLAGS, { each: true })
  riskFlags: string[];
  @Field(() => [DangerSignValue], {
    defaultValue: [],
    description: 'Any sign is a report to police with this visit as its source, and makes the risk HIGH.',
  })
  @IsArray()
  @ArrayMaxSize(DANGER_SIGNS.length)
  @IsIn(DANGER_SIGNS, { each: true })
  dangerSigns: string[];
  @Field(() => RiskLevelValue, { nullable: true, description: 'Raise the risk above what the flags show.' })
  @IsOptional()
  @IsIn(Object.values(RiskLevelValue))
  riskLevel?: RiskLevelValue;
}
