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

@ObjectType({
  description:
    'A gap in a left-behind child’s entrusted guardianship as the township and village’s task (四(一)3): ' +
    'due by a working day; past it, police take it as a report.',
})
export class GuardianshipFollowUp {
  @Field(() => GuardianshipSituationValue) situation: GuardianshipSituationValue;
  @Field() openedOn: string;
  @Field(() => String, {
    nullable: true,
    description:
      'The last working day to put it right (holidays and make-up days counted); null while the ' +
      'working-day calendar does not know that year (WORKING_CALENDAR_FILE), never guessed.',
  })
  dueOn: string | null;
  @Field(() => String, { nullable: true, description: 'When it went to police; null while it is not.' })
  escalatedOn: string | null;
}

@ObjectType({
  description: 'A court revoked a guardian and appointed another (四(二)5), as police reported it.',
})
export class CourtGuardianshipOrder {
  @Field() caseId: string;
  @Field() petitionId: string;
  @Field() court: string;
  @Field() decidedOn: string;
  @Field(() => [String]) grounds: string[];
  @Field() formerGuardian: string;
  @Field({ description: 'CIVIL_AFFAIRS, WELFARE_INSTITUTION, RELATIVE or OTHER.' }) newGuardianKind: string;
  @Field() newGuardianName: string;
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

  @Field(() => GuardianshipFollowUp, {
    nullable: true,
    description: 'The open follow-up of a gap (none while covered, ending soon, or not left-behind).',
  })
  followUp: GuardianshipFollowUp | null;

  @Field(() => [CourtGuardianshipOrder], { description: 'Courts’ orders on the guardianship, oldest first.' })
  courtOrders: CourtGuardianshipOrder[];
}

@ObjectType()
export class LivingArrangement {
  @Field() livingAlone: boolean;
  @Field() recordedOn: string;
  @Field() source: string;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field() recordedBy: string;
}
