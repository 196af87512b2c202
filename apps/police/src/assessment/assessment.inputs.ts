import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { PLAN_DEPARTMENTS, PLAN_SERVICES } from '@qz/contracts';
import { asEnum, CompletePlanItemInput, PlanItemServiceValue } from '@qz/plan-items/vocabulary';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ASSESSMENT_LEVELS } from './assessment.rules';

/** 四(二)4 services of a plan: the enum police and the departments share. */
export const PlanServiceValue = PlanItemServiceValue;
export const PlanDepartmentValue = asEnum(PLAN_DEPARTMENTS);
registerEnumType(PlanDepartmentValue, { name: 'PlanDepartment' });
export const AssessmentLevelValue = asEnum(ASSESSMENT_LEVELS);
registerEnumType(AssessmentLevelValue, { name: 'AssessmentLevel' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class PlanItemInput {
  @Field(() => PlanServiceValue) @IsIn(PLAN_SERVICES) service: (typeof PLAN_SERVICES)[number];
  @Field(() => PlanDepartmentValue, { nullable: true, description: 'Defaults to the usual department.' })
  @IsOptional()
  @IsIn(PLAN_DEPARTMENTS)
  department?: (typeof PLAN_DEPARTMENTS)[number];
  @Field() @IsNotEmpty() @MaxLength(1000) description: string;
  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'dueOn must be written YYYY-MM-DD' })
  dueOn?: string;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field() @Matches(DATE, { message: 'assessedOn must be written YYYY-MM-DD' }) assessedOn: string;
  @Field(() => [String], { description: 'The township, civil affairs and police people who assessed.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  participants: string[];
  @Field(() => AssessmentLevelValue) @IsIn(ASSESSMENT_LEVELS) safety: (typeof ASSESSMENT_LEVELS)[number];
  @Field(() => AssessmentLevelValue)
  @IsIn(ASSESSMENT_LEVELS)
  guardianship: (typeof ASSESSMENT_LEVELS)[number];
  @Field(() => AssessmentLevelValue) @IsIn(ASSESSMENT_LEVELS) health: (typeof ASSESSMENT_LEVELS)[number];
  @Field() @IsNotEmpty() @MaxLength(4000) findings: string;
  @Field(() => [PlanItemInput])
  @IsArray()
  @ArrayMaxSize(PLAN_SERVICES.length)
  @ValidateNested({ each: true })
  @Type(() => PlanItemInput)
  plan: PlanItemInput[];
}

@InputType()
export class CloseCaseInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field() @IsNotEmpty() @MaxLength(1000) reason: string;
}

/** 四(二)4: the township records its own item (guidance) or justice's (legal aid) done. */
@InputType()
export class CompleteCasePlanItemInput extends CompletePlanItemInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
}
