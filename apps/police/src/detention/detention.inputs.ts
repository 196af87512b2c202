import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsNotEmpty,
  IsOptional,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CARE_ARRANGEMENTS,
  CUSTODY_MEASURES,
  type CareArrangement,
  type CustodyMeasure,
} from './detention.types';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const CustodyMeasureValue = asEnum(CUSTODY_MEASURES);
registerEnumType(CustodyMeasureValue, {
  name: 'CustodyMeasure',
  description:
    '四(一)2: administrative detention, criminal detention, another coercive measure taking liberty.',
});
export const CareArrangementValue = asEnum(CARE_ARRANGEMENTS);
registerEnumType(CareArrangementValue, {
  name: 'CareArrangement',
  description:
    '四(一)2: who cares for a detained parent’s child — a relative, another adult, the protection centre, a welfare institution; NONE_FOUND gives civil affairs a task.',
});

@InputType()
export class DetaineeChildInput {
  @Field(() => ID, { description: 'The child in the registry’s ledger.' })
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;
  @Field(() => CareArrangementValue) @IsIn(CARE_ARRANGEMENTS) arrangement: CareArrangement;
  @Field({ nullable: true, description: 'The relative, adult or institution; none when NONE_FOUND.' })
  @IsOptional()
  @MaxLength(100)
  caregiver?: string;
}

@InputType()
export class RecordDetainedParentInput {
  @Field(() => CustodyMeasureValue) @IsIn(CUSTODY_MEASURES) measure: CustodyMeasure;
  @Field({
    description: 'The detention decision’s document number (决定书文号); the person is not named here.',
  })
  @IsNotEmpty()
  @MaxLength(64)
  decisionReference: string;
  @Field({ nullable: true, description: 'When the person was detained; now if not given.' })
  @IsOptional()
  @IsDate()
  detainedAt?: Date;
  @Field({ description: 'Where the person was detained (6, 9 or 12 digits).' })
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'regionCode is a 6-, 9- or 12-digit division code' })
  regionCode: string;
  @Field({ description: 'The person’s answer: has minor children to be cared for (四(一)2 询问).' })
  @IsBoolean()
  hasMinorChildren: boolean;
  @Field(() => [DetaineeChildInput], { defaultValue: [] })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DetaineeChildInput)
  children: DetaineeChildInput[];
}

@InputType()
export class ArrangeDetaineeChildCareInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) recordId: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) childId: string;
  @Field(() => CareArrangementValue) @IsIn(CARE_ARRANGEMENTS) arrangement: CareArrangement;
  @Field({ description: 'The relative, adult or institution now caring for the child.' })
  @IsNotEmpty()
  @MaxLength(100)
  caregiver: string;
  @Field({ description: 'What civil affairs arranged (the entrustment, the handover).' })
  @IsNotEmpty()
  @MaxLength(500)
  note: string;
}
