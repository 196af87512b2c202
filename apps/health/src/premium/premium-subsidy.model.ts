import { FenScalar } from '@qz/platform';
import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CERTIFICATE_WITHDRAWAL_REASONS,
  CERTIFIED_DISABILITY_TYPES,
  type CertificateWithdrawalReason,
  type CertifiedDisabilityType,
} from '@qz/contracts';
import { AppliedStandardModel } from '../policy/policy.model';
import { PREMIUM_BASES, type PremiumBasis } from '../policy/policy.rules';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PremiumBasisValue = asEnum(PREMIUM_BASES);
registerEnumType(PremiumBasisValue, {
  name: 'PremiumSubsidyBasis',
  description:
    'TEKUN: 特困 support (full); DIBAO: dibao household (partial); SEVERELY_DISABLED: grade 1–2 (partial).',
});

export const CertifiedDisabilityTypeValue = asEnum(CERTIFIED_DISABILITY_TYPES);
registerEnumType(CertifiedDisabilityTypeValue, {
  name: 'CertifiedDisabilityType',
  description:
    'The category on a disability certificate (残疾人证): 视力 VISION, 听力 HEARING, 言语 SPEECH, 肢体 PHYSICAL, 智力 INTELLECTUAL, 精神 MENTAL, 多重 MULTIPLE. Autism is certified as MENTAL.',
});

export const CertificateWithdrawalReasonValue = asEnum(CERTIFICATE_WITHDRAWAL_REASONS);
registerEnumType(CertificateWithdrawalReasonValue, {
  name: 'CertificateWithdrawalReason',
  description:
    'Why the DPF withdrew (注销) a certificate: REASSESSED_NOT_DISABLED (a re-assessment), ISSUED_IN_ERROR, OTHER (the note says why).',
});

@ObjectType('PremiumSubsidyDecision')
export class PremiumDecisionModel {
  @Field(() => PremiumBasisValue, { nullable: true, description: 'Null: no ground, nothing paid.' })
  basis: PremiumBasis | null;

  @Field(() => FenScalar, { description: 'The individual contribution of the year.' })
  contributionFen: number;

  @Field(() => Int, { description: 'Basis points of the contribution paid (10000 = full).' })
  ratioBp: number;

  @Field(() => FenScalar, { nullable: true })
  capFen: number | null;

  @Field(() => FenScalar)
  amountFen: number;

  @Field({ description: 'The rule of 四(三)2 that applied, in words.' })
  rule: string;

  @Field(() => AppliedStandardModel)
  contributionStandard: AppliedStandardModel;

  @Field(() => AppliedStandardModel, { nullable: true })
  subsidyStandard: AppliedStandardModel | null;

  @Field()
  computedOn: string;

  @Field()
  computedAt: Date;

  @Field({ description: 'The event or record that made it compute.' })
  cause: string;
}

@ObjectType('PremiumSubsidy', {
  description: 'Subsidy of the individual contribution to resident medical insurance for one year (四(三)2).',
})
export class PremiumSubsidyModel extends PremiumDecisionModel {
  @Field(() => Int)
  year: number;

  @Field()
  regionCode: string;

  @Field(() => [PremiumDecisionModel], { description: 'Earlier decisions of the year, oldest first.' })
  history: PremiumDecisionModel[];
}

@ObjectType('HealthDisabilityRecord')
export class DisabilityRecordModel {
  @Field(() => CertifiedDisabilityTypeValue)
  type: CertifiedDisabilityType;

  @Field(() => Int, { description: '1 (most severe) to 4; 1 and 2 are 重残.' })
  grade: number;

  @Field()
  certifiedOn: string;

  @Field()
  recordedBy: string;

  @Field()
  recordedAt: Date;
}

@ObjectType('HealthDisabilityWithdrawal', {
  description: 'A disability certificate the DPF withdrew (注销): the record as it was, and the withdrawal.',
})
export class DisabilityWithdrawalModel extends DisabilityRecordModel {
  @Field({ description: 'The day the withdrawal takes effect.' })
  withdrawnOn: string;

  @Field(() => CertificateWithdrawalReasonValue)
  reason: CertificateWithdrawalReason;

  @Field()
  note: string;

  @Field()
  withdrawnBy: string;

  @Field()
  withdrawnAt: Date;
}
