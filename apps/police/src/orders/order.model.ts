import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrderKindValue, OrderStateValue } from './order.inputs';

@ObjectType()
export class OrderFollowUpModel {
  @Field() checkedOn: string;
  @Field() complied: boolean;
  @Field(() => String, { nullable: true }) entrustedGuardian: string | null;
  @Field() notes: string;
}

@ObjectType({ description: '四(二)3 责令: an order to the parents, with its deadline and follow-up.' })
export class ParentalOrder {
  @Field(() => ID) id: string;
  @Field(() => ID) caseId: string;
  @Field(() => String, { nullable: true }) childId: string | null;
  @Field(() => OrderKindValue) kind: string;
  @Field() addressedTo: string;
  @Field() issuedOn: string;
  @Field() dueOn: string;
  @Field(() => OrderStateValue) state: string;
  @Field() notes: string;
  @Field(() => [OrderFollowUpModel]) followUps: OrderFollowUpModel[];
}
