import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow, IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { FenScalar } from '../common/fen.scalar';

@InputType()
export class SubmitMedicalClaimInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'Day of the treatment (discharge), YYYY-MM-DD' })
  @MaxLength(10)
  serviceDate: string;

  @Field({ description: 'Hospital where the child was treated' })
  @IsNotEmpty()
  @MaxLength(100)
  hospital: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(200)
  diagnosis: string;

  @Field(() => FenScalar, { description: 'Eligible expenses left after basic insurance, in fen' })
  @Allow()
  expenseFen: number;
}

@InputType()
export class ApplyForRehabInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'REHAB (0–6) or TOMORROW_PLAN (明天计划 surgery for scattered orphans)' })
  @IsIn(['REHAB', 'TOMORROW_PLAN'])
  programme: 'REHAB' | 'TOMORROW_PLAN';

  @Field({ description: 'VISION, HEARING, SPEECH, INTELLECTUAL, PHYSICAL or AUTISM' })
  @IsNotEmpty()
  @MaxLength(20)
  disabilityType: string;

  @Field({ description: 'SURGERY, ASSISTIVE_DEVICE or TRAINING' })
  @IsNotEmpty()
  @MaxLength(20)
  service: string;

  @Field({ description: 'A designated institution (designatedRehabInstitutions)' })
  @IsNotEmpty()
  @MaxLength(40)
  institutionId: string;

  @Field({ description: 'Day of the service (or its start), YYYY-MM-DD' })
  @MaxLength(10)
  serviceDate: string;

  @Field(() => FenScalar, { description: 'Cost of the service, in fen' })
  @Allow()
  costFen: number;
}

@InputType('HealthWorkflowStepInput')
export class WorkflowStepInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  note?: string | null;
}

@InputType('RefuseHealthApplicationInput')
export class RefuseApplicationInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;

  @Field({ description: 'Why, in words the family is given' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@InputType('DisburseHealthApplicationInput')
export class DisburseApplicationInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  applicationId: string;

  @Field({ description: 'The payment voucher or transfer number' })
  @IsNotEmpty()
  @MaxLength(64)
  paymentReference: string;
}
