import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';
import { PageInfo } from '../children/child-list.model';

@ObjectType()
export class EscalationAcknowledgement {
  @Field({ description: 'COORDINATOR or TOWNSHIP.' }) party: string;
  @Field() by: string;
  @Field(() => String, { nullable: true }) byName: string | null;
  @Field() at: Date;
  @Field() note: string;
}

@ObjectType({
  description:
    'Police did not dispatch a first response within its SLA (四(二)3): before the coordinator (五(二)) and ' +
    'the township until each acknowledges it.',
})
export class Escalation {
  @Field() id: string;
  @Field({ description: 'DISPATCH_OVERDUE.' }) kind: string;
  @Field() caseId: string;
  @Field(() => String, { nullable: true }) childId: string | null;
  @Field() regionCode: string;
  @Field() situationType: string;
  @Field() receivedAt: Date;
  @Field() dispatchDueAt: Date;
  @Field(() => Int) slaMinutes: number;
  @Field(() => Int) minutesOverdue: number;
  @Field() detectedAt: Date;
  @Field() raisedAt: Date;
  @Field({ description: 'The coordinator has not acknowledged it yet.' }) awaitingCoordinator: boolean;
  @Field({ description: 'The township has not acknowledged it yet (false for a county-level case).' })
  awaitingTownship: boolean;
  @Field(() => [EscalationAcknowledgement]) acknowledgements: EscalationAcknowledgement[];
}

@ObjectType()
export class EscalationEdge {
  @Field() cursor: string;
  @Field(() => Escalation) node: Escalation;
}

@ObjectType()
export class EscalationConnection {
  @Field(() => [EscalationEdge]) edges: EscalationEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, { description: 'How many are awaiting the asker’s office in the region in all.' })
  totalCount: number;
}

@InputType()
export class AcknowledgeEscalationInput {
  @Field() @IsString() @Length(1, 64) escalationId: string;
  @Field({ description: 'What the office did or will do about it.' })
  @IsString()
  @Length(1, 500)
  note: string;
}
