import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FenScalar } from '@qz/platform';
import { Type } from 'class-transformer';
import { Allow, IsBoolean, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { WINDOW_PART_STATUSES } from './window-part.schema';

export const WindowPartStatusValue = Object.fromEntries(WINDOW_PART_STATUSES.map((s) => [s, s])) as Record<
  (typeof WINDOW_PART_STATUSES)[number],
  string
>;
registerEnumType(WindowPartStatusValue, {
  name: 'WindowPartStatus',
  description:
    'PENDING (an officer decides), APPROVED or REJECTED (by an officer, or by the rules on arrival).',
});

@ObjectType('WindowPartAssessment')
@Directive('@shareable')
export class WindowPartAssessmentModel {
  @Field({ description: 'Whether the department’s rules found the child eligible.' }) eligible: boolean;
  @Field({ description: 'The rule of the policy applied.' }) rule: string;
  @Field() note: string;
  @Field() assessedOn: string;
}

@ObjectType('WindowPartDecision')
@Directive('@shareable')
export class WindowPartDecisionModel {
  @Field() approved: boolean;
  @Field() note: string;
  @Field() rule: string;
  @Field() decidedOn: string;
  @Field({ description: '<DEPARTMENT>:<person>, or <DEPARTMENT>:rules for a refusal on arrival.' })
  decidedBy: string;
  @Field() automatic: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      'What was granted, in fen, computed by the department’s own rules and charged to its budget (health: medical and rehabilitation assistance, the premium subsidy of the year); null when the part carries no amount.',
  })
  amountFen?: number | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'The department’s own record the approved part became or was linked to: a health application (HealthApplication.id, with windowPartId naming the part back), the premium-subsidy decision of the year, an education aid proposal (EducationAidProposal.id, likewise).',
  })
  recordId?: string | null;
}

@ObjectType('WindowPart', {
  description: 'A part of a one-window application (四(四)1) routed to this department to decide.',
})
@Directive('@shareable')
export class WindowPartModel {
  @Field(() => ID, { description: '<applicationId>:<partId>' }) id: string;
  @Field(() => ID) applicationId: string;
  @Field() partId: string;
  @Field(() => ID) childId: string;
  @Field({ description: 'HEALTH, DPF or EDUCATION.' }) department: string;
  @Field({ description: 'What the part asks for (MEDICAL_ASSISTANCE, EDUCATION_AID, …).' }) kind: string;
  @Field({ description: 'The request as the window recorded it.' }) request: string;
  @Field() townshipCode: string;
  @Field({ description: 'Where the child lives (follows the child).' }) regionCode: string;
  @Field() receivedOn: string;
  @Field(() => WindowPartStatusValue) status: string;
  @Field(() => WindowPartAssessmentModel) assessment: WindowPartAssessmentModel;
  @Field(() => WindowPartDecisionModel, { nullable: true }) decision: WindowPartDecisionModel | null;
}

/**
 * assistance's ApplicationPart as a deciding service sees it: only the key. The service adds the
 * part's progress in its own records (`<service>Progress`).
 */
@ObjectType('ApplicationPart')
@Directive('@key(fields: "id")')
export class ApplicationPartReference {
  @Field(() => ID, { description: '<applicationId>:<partId>' }) id: string;
}

@ObjectType('WindowPartProgress', {
  description:
    'Where a one-window part stands in the department that decides it (四(四)1): its decision, and what the record it became is doing now.',
})
@Directive('@shareable')
export class WindowPartProgressModel {
  @Field({ description: 'HEALTH, DPF or EDUCATION.' }) department: string;
  @Field(() => WindowPartStatusValue) status: string;
  @Field(() => WindowPartDecisionModel, { nullable: true }) decision: WindowPartDecisionModel | null;
  @Field(() => ID, { nullable: true, description: 'The department’s record the approved part became.' })
  recordId: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'That record’s status now: a health application’s APPROVED then DISBURSED (paid), REFUSED; the premium subsidy’s COMPUTED; an education aid’s CONFIRMED or WITHDRAWN. Null before approval, or when the record is gone.',
  })
  recordStatus: string | null;
  @Field(() => String, { nullable: true, description: 'The day of the record’s last step, YYYY-MM-DD.' })
  recordStatusOn: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'What the record grants now, in fen (a premium subsidy follows the child’s situation).',
  })
  recordAmountFen: number | null;
}

@InputType({
  description:
    'The figures of a medical-assistance part (四(三)2), from which health computes the amount when it approves.',
})
export class WindowPartMedicalInput {
  @Field({ description: 'Day of the treatment (discharge), YYYY-MM-DD' }) @MaxLength(10) serviceDate: string;
  @Field({ description: 'Hospital where the child was treated' })
  @IsNotEmpty()
  @MaxLength(100)
  hospital: string;
  @Field() @IsNotEmpty() @MaxLength(200) diagnosis: string;
  // A whole number of fen: the deciding service checks it (AMOUNT_NOT_WHOLE_FEN).
  @Field(() => FenScalar, { description: 'Eligible expenses left after basic insurance, in fen' })
  @Allow()
  expenseFen: number;
}

@InputType({
  description:
    'The figures of a rehabilitation part (四(三)2, aged 0–6), from which health computes the amount when the DPF approves.',
})
export class WindowPartRehabInput {
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
  @Field({ description: 'Day of the service (or its start), YYYY-MM-DD' }) @MaxLength(10) serviceDate: string;
  @Field(() => FenScalar, { description: 'Cost of the service, in fen' }) @Allow() costFen: number;
}

@InputType()
export class DecideWindowPartInput {
  @Field(() => ID, { description: 'The part’s id, <applicationId>:<partId>.' })
  @IsNotEmpty()
  @MaxLength(100)
  partId: string;
  @Field() @IsBoolean() approved: boolean;
  @Field({ description: 'What is granted, or why not, in words the family is given.' })
  @IsNotEmpty()
  @MaxLength(1000)
  note: string;
  @Field(() => WindowPartMedicalInput, {
    nullable: true,
    description: 'Approving a MEDICAL_ASSISTANCE part: the claim’s figures (health computes the amount).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WindowPartMedicalInput)
  medical?: WindowPartMedicalInput | null;
  @Field(() => WindowPartRehabInput, {
    nullable: true,
    description: 'Approving a REHAB_ASSISTANCE part: the service’s figures (health computes the amount).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => WindowPartRehabInput)
  rehab?: WindowPartRehabInput | null;
}
