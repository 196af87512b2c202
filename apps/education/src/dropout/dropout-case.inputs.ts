import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { IsLocalDateString, IsPersonName, IsText } from '../common/input-rules';
import type { PersuasionMethod, PersuasionResult } from './dropout-case.schema';

export const PERSUASION_METHODS = [
  'HOME_VISIT',
  'PHONE',
  'MEETING_AT_SCHOOL',
  'WITH_VILLAGE_COMMITTEE',
] as const;
export const PERSUASION_RESULTS = ['RETURNED', 'REFUSED', 'NOT_REACHED'] as const;
const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const PersuasionMethodValue = asEnum(PERSUASION_METHODS);
export const PersuasionResultValue = asEnum(PERSUASION_RESULTS);
registerEnumType(PersuasionMethodValue, { name: 'PersuasionMethod', description: '劝返方式' });
registerEnumType(PersuasionResultValue, { name: 'PersuasionResult', description: '劝返结果' });

@InputType()
export class RegisterDropoutInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => ID, { description: 'The school the child is enrolled at.' })
  @IsNotEmpty()
  @MaxLength(64)
  schoolId: string;

  @Field({ description: 'The day the school found the child had dropped out, YYYY-MM-DD.' })
  @IsLocalDateString()
  openedOn: string;

  @Field({ description: 'What the school knows: since when absent, what family and classmates said.' })
  @IsText(2000)
  facts: string;

  @Field({ description: 'Who registers the case (e.g. 班主任 李老师).' })
  @IsPersonName()
  by: string;
}

/** A step of a case: which case, on what day, by whom. */
@InputType({ isAbstract: true })
class CaseStepInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  caseId: string;

  @Field({ description: 'YYYY-MM-DD' })
  @IsLocalDateString()
  on: string;

  @Field()
  @IsPersonName()
  by: string;
}

@InputType()
export class RecordPersuasionInput extends CaseStepInput {
  @Field(() => PersuasionMethodValue)
  @IsIn(PERSUASION_METHODS)
  method: PersuasionMethod;

  @Field(() => PersuasionResultValue)
  @IsIn(PERSUASION_RESULTS)
  result: PersuasionResult;

  @Field()
  @IsText(1000)
  notes: string;

  @Field({
    defaultValue: false,
    description:
      'The attempt showed that nobody acts as the child’s guardian (监护缺失); a mandatory report for a left-behind child or a child in difficulty.',
  })
  @IsOptional()
  @IsBoolean()
  guardianshipConcern: boolean;
}

@InputType()
export class FlagDropoutInput extends CaseStepInput {
  @Field({ description: 'What was marked in the electronic student-status system (学籍标识), and why.' })
  @IsText(500)
  note: string;
}

@InputType()
export class SubmitDropoutReportInput extends CaseStepInput {
  @Field({ description: 'The township government the report goes to, e.g. 沙埠镇人民政府.' })
  @IsText(50)
  townshipGovernment: string;
}

@InputType()
export class EscalateDropoutInput extends CaseStepInput {
  @Field({ description: 'Why the township needs other departments.' })
  @IsText(1000)
  reason: string;

  @Field(() => [String], { description: 'The departments needed, e.g. 公安、民政.' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsNotEmpty({ each: true })
  @MaxLength(30, { each: true })
  departments: string[];
}

@InputType()
export class RecordDropoutReturnInput extends CaseStepInput {
  @Field({ description: 'How the child came back (class, arrangement).' })
  @IsText(500)
  why: string;
}
