import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import {
  CERTIFICATE_WITHDRAWAL_REASONS,
  CERTIFIED_DISABILITY_TYPES,
  type CertificateWithdrawalReason,
  type CertifiedDisabilityType,
} from '@qz/contracts';
import { CertificateWithdrawalReasonValue, CertifiedDisabilityTypeValue } from './premium-subsidy.model';

@InputType('RecordDisabilityCertificateInput')
export class RecordDisabilityInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field(() => CertifiedDisabilityTypeValue)
  @IsIn(CERTIFIED_DISABILITY_TYPES)
  type: CertifiedDisabilityType;

  @Field(() => Int, { description: 'Grade on the certificate, 1 (most severe) to 4' })
  @IsInt()
  @Min(1)
  @Max(4)
  grade: number;

  @Field({ description: 'Date on the certificate, YYYY-MM-DD' })
  @MaxLength(10)
  certifiedOn: string;
}

@InputType('WithdrawDisabilityCertificateInput')
export class WithdrawDisabilityInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'The day the withdrawal (注销) takes effect, YYYY-MM-DD' })
  @MaxLength(10)
  withdrawnOn: string;

  @Field(() => CertificateWithdrawalReasonValue)
  @IsIn(CERTIFICATE_WITHDRAWAL_REASONS)
  reason: CertificateWithdrawalReason;

  @Field({ description: 'What the re-assessment found, or why the certificate was issued in error' })
  @IsNotEmpty()
  @MaxLength(500)
  note: string;
}
