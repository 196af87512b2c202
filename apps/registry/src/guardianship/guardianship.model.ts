import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum GuardianshipSituationValue {
  COVERED = 'COVERED',
  NO_AGREEMENT = 'NO_AGREEMENT',
  AGREEMENT_ENDED = 'AGREEMENT_ENDED',
  AGREEMENT_ENDING_SOON = 'AGREEMENT_ENDING_SOON',
}
registerEnumType(GuardianshipSituationValue, {
  name: 'GuardianshipSituation',
  description:
    'Whether a left-behind child has a valid entrusted guardian (四(一)3); ENDING_SOON is within 30 days.',
});

@ObjectType()
export class AgreementCheck {
  @Field() on: string;
  @Field() by: string;
  @Field() guardianPresent: boolean;
  @Field() notes: string;
}

@ObjectType()
export class EntrustmentAgreement {
  @Field() id: string;
  @Field() guardianName: string;
  @Field({ description: 'Masked like the child’s.' }) maskedGuardianResidentIdNumber: string;
  @Field() relationship: string;
  @Field(() => String, { nullable: true }) guardianPhone: string | null;
  @Field() witnessedBy: string;
  @Field() signedOn: string;
  @Field() startDate: string;
  @Field() endDate: string;
  @Field(() => String, { nullable: true }) endedOn: string | null;
  @Field(() => String, { nullable: true }) endedReason: string | null;
  @Field(() => [AgreementCheck]) checks: AgreementCheck[];
}

@ObjectType()
export class Guardianship {
  @Field(() => [EntrustmentAgreement], { description: 'Every agreement, oldest first; ended ones stay.' })
  agreements: EntrustmentAgreement[];

  @Field(() => GuardianshipSituationValue, {
    nullable: true,
    description: 'Null while the child is not left-behind. As of the last change or daily check.',
  })
  situation: GuardianshipSituationValue | null;

  @Field(() => String, { nullable: true }) validUntil: string | null;
  @Field(() => Int, { nullable: true }) daysLeft: number | null;
}

@ObjectType()
export class LivingArrangement {
  @Field() livingAlone: boolean;
  @Field() recordedOn: string;
  @Field() source: string;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field() recordedBy: string;
}
