import { Field, ID, InputType } from '@nestjs/graphql';
import { WindowPartMedicalInput, WindowPartRehabInput } from '@qz/window-parts';
import { IsIn, IsNotEmpty, IsOptional, MaxLength } from 'class-validator';

/** A claim at health's own desk: the child and the figures a one-window part carries (四(三)2). */
@InputType()
export class SubmitMedicalClaimInput extends WindowPartMedicalInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;
}

/** An application at health's own desk: the child, the programme and a rehabilitation part's figures. */
@InputType()
export class ApplyForRehabInput extends WindowPartRehabInput {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(64)
  childId: string;

  @Field({ description: 'REHAB (0–6) or TOMORROW_PLAN (明天计划 surgery for scattered orphans)' })
  @IsIn(['REHAB', 'TOMORROW_PLAN'])
  programme: 'REHAB' | 'TOMORROW_PLAN';
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
