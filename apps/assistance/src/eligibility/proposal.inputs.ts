import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { WithBenefitTerms } from '../shared/benefit-terms.input';

/** The proposal a caseworker decides. */
@InputType({ isAbstract: true })
class ProposalToDecide {
  @Field(() => ID)
  @IsNotEmpty()
  @MaxLength(128)
  proposalId: string;
}

@InputType()
export class AcceptProposalInput extends WithBenefitTerms(ProposalToDecide, {
  endDate: 'Last day paid; by default the programme’s age limit.',
  monthlyAmountFen: 'Fen a month; by default the standard in force.',
  reason: 'The decision it rests on (e.g. the approval number).',
}) {}

@InputType()
export class RejectProposalInput extends ProposalToDecide {
  @Field()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
