import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { INTERVENTION_KINDS, REVOCATION_GROUNDS } from './intervention.rules';
import { NEW_GUARDIAN_KINDS, PETITIONERS } from './intervention.types';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const InterventionKindValue = asEnum(INTERVENTION_KINDS);
registerEnumType(InterventionKindValue, { name: 'InterventionKind', description: '四(二)5 监护干预.' });
export const RevocationGroundValue = asEnum(REVOCATION_GROUNDS);
registerEnumType(RevocationGroundValue, {
  name: 'RevocationGround',
  description:
    '四(二)5: endangerment not corrected after education; refusing guardianship duties for 6 months or more; serious harm or abandonment.',
});
export const PetitionerValue = asEnum(PETITIONERS);
registerEnumType(PetitionerValue, { name: 'Petitioner' });
export const NewGuardianKindValue = asEnum(NEW_GUARDIAN_KINDS);
registerEnumType(NewGuardianKindValue, { name: 'NewGuardianKind' });
export const CourtOutcomeValue = asEnum(['REVOKED', 'REJECTED'] as const);
registerEnumType(CourtOutcomeValue, { name: 'CourtOutcome' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be written YYYY-MM-DD` });

@InputType()
export class RecordInterventionInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => InterventionKindValue) @IsIn(INTERVENTION_KINDS) kind: (typeof INTERVENTION_KINDS)[number];
  @Field({ description: 'The parent or entrusted guardian.' }) @IsNotEmpty() @MaxLength(100) against: string;
  @Field() @Matches(DATE, dateMessage('decidedOn')) decidedOn: string;
  @Field({ nullable: true, description: 'Penalty decision or criminal case number.' })
  @IsOptional()
  @MaxLength(100)
  reference?: string;
  @Field() @IsNotEmpty() @MaxLength(2000) notes: string;
}

@InputType()
export class FileRevocationPetitionInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field({ description: 'The guardian whose guardianship is to be revoked.' })
  @IsNotEmpty()
  @MaxLength(100)
  against: string;
  @Field(() => PetitionerValue) @IsIn(PETITIONERS) petitioner: (typeof PETITIONERS)[number];
  @Field() @IsNotEmpty() @MaxLength(100) petitionerName: string;
  @Field() @Matches(DATE, dateMessage('filedOn')) filedOn: string;
  @Field(() => [RevocationGroundValue])
  @IsArray()
  @ArrayMaxSize(REVOCATION_GROUNDS.length)
  @IsIn(REVOCATION_GROUNDS, { each: true })
  grounds: (typeof REVOCATION_GROUNDS)[number][];
}

@InputType()
export class RecordCourtDecisionInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) petitionId: string;
  @Field(() => CourtOutcomeValue) @IsIn(['REVOKED', 'REJECTED']) outcome: 'REVOKED' | 'REJECTED';
  @Field() @IsNotEmpty() @MaxLength(100) court: string;
  @Field() @Matches(DATE, dateMessage('decidedOn')) decidedOn: string;
  @Field(() => NewGuardianKindValue, { nullable: true })
  @IsOptional()
  @IsIn(NEW_GUARDIAN_KINDS)
  newGuardianKind?: (typeof NEW_GUARDIAN_KINDS)[number];
  @Field({ nullable: true }) @IsOptional() @MaxLength(100) newGuardianName?: string;
}
