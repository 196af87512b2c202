import { Field, ID, ObjectType } from '@nestjs/graphql';
import {
  CourtOutcomeValue,
  InterventionKindValue,
  NewGuardianKindValue,
  PetitionerValue,
  RevocationGroundValue,
} from './intervention.inputs';

@ObjectType()
export class Intervention {
  @Field(() => ID) id: string;
  @Field(() => InterventionKindValue) kind: string;
  @Field() against: string;
  @Field() decidedOn: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field() notes: string;
  @Field() recordedBy: string;
}

@ObjectType({ description: 'A recorded fact about the child that a ground rests on.' })
export class Evidence {
  @Field() on: string;
  @Field(() => ID) caseId: string;
  @Field({
    description: 'REPORT, MEASURE, INTERVENTION or ORDER (a check finding an order not complied with)',
  })
  kind: string;
  @Field({ description: 'The situation type, measure or intervention.' }) type: string;
  @Field(() => ID) id: string;
}

@ObjectType()
export class GroundCheckModel {
  @Field(() => RevocationGroundValue) ground: string;
  @Field() supported: boolean;
  @Field() reason: string;
  @Field(() => [Evidence]) evidence: Evidence[];
}

@ObjectType()
export class NewGuardian {
  @Field(() => NewGuardianKindValue) kind: string;
  @Field() name: string;
}

@ObjectType()
export class CourtDecision {
  @Field(() => CourtOutcomeValue) outcome: string;
  @Field() court: string;
  @Field() decidedOn: string;
  @Field(() => NewGuardian, { nullable: true }) newGuardian: NewGuardian | null;
}

@ObjectType({ description: '四(二)5: a petition to the court to revoke guardianship.' })
export class RevocationPetition {
  @Field(() => ID) id: string;
  @Field() against: string;
  @Field(() => PetitionerValue) petitioner: string;
  @Field() petitionerName: string;
  @Field() filedOn: string;
  @Field(() => [RevocationGroundValue]) grounds: string[];
  @Field(() => [GroundCheckModel]) checks: GroundCheckModel[];
  @Field(() => CourtDecision, { nullable: true }) decision: CourtDecision | null;
}
