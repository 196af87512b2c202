import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { ORDER_KINDS, type OrderKind } from './order.rules';

export const OrderKindValue = Object.fromEntries(ORDER_KINDS.map((v) => [v, v])) as Record<
  OrderKind,
  OrderKind
>;
registerEnumType(OrderKindValue, {
  name: 'ParentalOrderKind',
  description: '四(二)3 责令: return to the child at once, or name an entrusted guardian.',
});
export const OrderStateValue = { OPEN: 'OPEN', OVERDUE: 'OVERDUE', COMPLIED: 'COMPLIED' } as const;
registerEnumType(OrderStateValue, { name: 'ParentalOrderState' });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be written YYYY-MM-DD` });

@InputType()
export class IssueParentalOrderInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => OrderKindValue) @IsIn(ORDER_KINDS) kind: OrderKind;
  @Field({ description: 'The parent or parents ordered.' }) @IsNotEmpty() @MaxLength(100) addressedTo: string;
  @Field({ nullable: true, description: 'The day the order was given; today if not given.' })
  @IsOptional()
  @Matches(DATE, dateMessage('issuedOn'))
  issuedOn?: string;
  @Field({ description: 'The deadline for complying (a China date).' })
  @Matches(DATE, dateMessage('dueOn'))
  dueOn: string;
  @Field() @IsNotEmpty() @MaxLength(2000) notes: string;
}

@InputType()
export class RecordOrderFollowUpInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) orderId: string;
  @Field({ nullable: true, description: 'The day it was checked; today if not given.' })
  @IsOptional()
  @Matches(DATE, dateMessage('checkedOn'))
  checkedOn?: string;
  @Field() @IsBoolean() complied: boolean;
  @Field({ nullable: true, description: 'The entrusted guardian named (NAME_ENTRUSTED_GUARDIAN, complied).' })
  @IsOptional()
  @MaxLength(100)
  entrustedGuardian?: string;
  @Field() @IsNotEmpty() @MaxLength(2000) notes: string;
}
