import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('EducationAidDecision')
export class AidDecisionModel {
  @Field()
  by: string;

  @Field()
  at: Date;

  @Field()
  reason: string;
}

@ObjectType('EducationAidProposal', {
  description: 'Education aid the child is entitled to by category (四(三)3), for the bureau to decide.',
})
export class AidProposalModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field(() => String, { nullable: true, description: 'Division code of the child’s household region.' })
  regionCode: string | null;

  @Field({ description: 'FREE_TWELVE_YEARS (12年免费教育) or CLASSIFIED_AID (分类教育资助)' })
  kind: string;

  @Field({ description: 'The rule of the policy behind the proposal.' })
  rule: string;

  /** The registry categories behind it: a field resolver (AidResolver.basis), by reader. */
  basis: string[];

  @Field({ description: 'PROPOSED, CONFIRMED, REJECTED or WITHDRAWN' })
  status: string;

  @Field()
  proposedAt: Date;

  @Field(() => AidDecisionModel, { nullable: true })
  decision: AidDecisionModel | null;

  @Field(() => String, { nullable: true })
  withdrawnReason: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The part of a one-window application (四(四)1) whose approval confirmed or linked this aid, <applicationId>:<partId> (educationWindowParts).',
  })
  windowPartId?: string | null;
}
