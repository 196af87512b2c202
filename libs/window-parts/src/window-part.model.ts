import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, MaxLength } from 'class-validator';
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
}
