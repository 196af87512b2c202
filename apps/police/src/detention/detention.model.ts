import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CustodyMeasureValue } from './detention.inputs';

@ObjectType({ description: 'Civil affairs’ task for a child police found no carer for (四(一)2).' })
export class CareTask {
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) arrangedAt: Date | null;
  @Field(() => String, { nullable: true }) arrangedBy: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
}

@ObjectType()
export class DetaineeChild {
  @Field(() => ID) childId: string;
  @Field({ description: 'Where the child lives.' }) regionCode: string;
  // arrangement, caregiver: field-ruled (detention-details.resolver.ts).
  arrangement: string;
  caregiver: string | null;
  @Field(() => CareTask, { nullable: true, description: 'Present when police found nobody (NONE_FOUND).' })
  careTask: CareTask | null;
}

@ObjectType({
  description:
    'A person police detained, asked whether they have minor children needing care (四(一)2), and who cares for each.',
})
export class DetainedParent {
  @Field(() => ID) id: string;
  @Field(() => CustodyMeasureValue) measure: string;
  @Field() decisionReference: string;
  @Field() detainedAt: Date;
  @Field() regionCode: string;
  @Field() hasMinorChildren: boolean;
  @Field(() => [DetaineeChild]) children: DetaineeChild[];
  @Field() recordedAt: Date;
}

@ObjectType({ description: 'A child of a detained parent whose care civil affairs must arrange (四(一)2).' })
export class DetaineeChildCareTask {
  @Field(() => ID) recordId: string;
  @Field(() => ID) childId: string;
  @Field({ description: 'Where the child lives.' }) regionCode: string;
  /** Field-ruled (detention-details.resolver.ts). */
  measure: string;
  @Field() detainedAt: Date;
  @Field() openedAt: Date;
}
