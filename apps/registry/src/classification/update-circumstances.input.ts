import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DISABILITY_TYPES, type DisabilityType } from './circumstances';
import { DisabilityTypeValue, ParentStatusValue } from './classification.model';
import { PARENT_STATUSES, type ParentStatus } from './classification.rules';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Issue 15 defect 4: kept in the published schema, deprecated, refused when given. */
const BY_DPF =
  'The DPF records the disability certificate: use recordDisabilityCertificate (health, role DPF_OFFICER); ' +
  'the ledger takes it from there. Refused with DISABILITY_RECORDED_BY_DPF when given.';

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

  @Field({ nullable: true, deprecationReason: BY_DPF })
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

  @Field({ nullable: true, description: 'First day of the dibao certification (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE, { message: 'dibaoCertifiedFrom must be written YYYY-MM-DD' })
  dibaoCertifiedFrom?: string;

  @Field({ nullable: true, description: 'Last day of the dibao certification; the category ends after it.' })
  @IsOptional()
  @Matches(DATE, { message: 'dibaoCertifiedUntil must be written YYYY-MM-DD' })
  dibaoCertifiedUntil?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(DATE, { message: 'lowIncomeCertifiedFrom must be written YYYY-MM-DD' })
  lowIncomeCertifiedFrom?: string;

  @Field({ nullable: true, description: 'Last day of the low-income certification.' })
  @IsOptional()
  @Matches(DATE, { message: 'lowIncomeCertifiedUntil must be written YYYY-MM-DD' })
  lowIncomeCertifiedUntil?: string;

  @Field({ nullable: true, description: 'Where the household lives (street, group, house).' })
  @IsOptional()
  @MaxLength(200)
  householdAddress?: string;

  @Field({
    nullable: true,
    description: '户籍: village or community of the household registration (12 digits).',
  })
  @IsOptional()
  @Matches(/^\d{12}$/, { message: 'hukouRegionCode must be a 12-digit village code' })
  hukouRegionCode?: string;

  @Field({
    nullable: true,
    description: 'Where the father works away (city, employer), when he is a migrant worker.',
  })
  @IsOptional()
  @MaxLength(100)
  fatherWorkplace?: string;

  @Field({ nullable: true, description: 'Where the mother works away, when she is a migrant worker.' })
  @IsOptional()
  @MaxLength(100)
  motherWorkplace?: string;

  @Field(() => DisabilityTypeValue, {
    nullable: true,
    description: 'From the disability certificate.',
    deprecationReason: BY_DPF,
  })
  @IsOptional()
  @IsIn(DISABILITY_TYPES)
  disabilityType?: DisabilityType;

  @Field(() => Int, {
    nullable: true,
    description: 'Grade 1 (most severe) to 4, from the certificate.',
    deprecationReason: BY_DPF,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  disabilityGrade?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  illnessDiagnosis?: string;

  @Field({ nullable: true, description: 'The school the child attends (education holds the enrolment).' })
  @IsOptional()
  @MaxLength(100)
  schoolName?: string;

  @Field({
    description:
      'Why the circumstances changed (e.g. the visit or document that shows it); kept in the history.',
  })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
