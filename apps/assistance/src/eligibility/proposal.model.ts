import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BenefitModel } from '../benefits/benefit.model';
import { WithDecision } from '../shared/decided.model';
import { asEnum, ProgrammeValue } from '../shared/graphql-enums';

export const ProposalStatusValue = asEnum(['PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN'] as const);
registerEnumType(ProposalStatusValue, { name: 'ProposalStatus' });

/** What was proposed, to whom and on what ground; who decided it and when follow. */
@ObjectType({ isAbstract: true })
class ProposedModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  childId: string;

  @Field()
  regionCode: string;

  @Field(() => ProgrammeValue)
  programme: string;

  @Field({ description: 'The rule of 四(三)1 that matched.' })
  rule: string;

  @Field(() => ProposalStatusValue)
  status: string;

  @Field()
  proposedAt: Date;
}

@ObjectType('EligibilityProposal', { description: 'A programme proposed for a child from a registry event.' })
export class ProposalModel extends WithDecision(ProposedModel) {
  @Field(() => String, { nullable: true, description: 'Why it was accepted, rejected or withdrawn.' })
  decisionReason: string | null;

  @Field(() => ID, { nullable: true, description: 'The benefit granted on acceptance.' })
  benefitId: string | null;
}

@ObjectType()
export class ProposalDecision {
  @Field(() => ProposalModel)
  proposal: ProposalModel;

  @Field(() => BenefitModel)
  benefit: BenefitModel;
}

@ObjectType('CoverageGap', {
  description: '应保尽保: a child who qualifies but is neither covered nor proposed.',
})
export class CoverageGapModel {
  @Field(() => ID)
  childId: string;

  @Field()
  regionCode: string;

  @Field(() => ProgrammeValue)
  programme: string;

  @Field()
  rule: string;

  @Field(() => ProposalStatusValue, { nullable: true, description: 'How the last proposal ended, if any.' })
  lastProposalStatus: string | null;
}
