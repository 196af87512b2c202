import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

/**
 * Who decided something and when (both null while it waits), after the fields of `Base`: an
 * object type extends the class this returns.
 */
export function WithDecision<TBase extends Type<object>>(Base: TBase) {
  @ObjectType({ isAbstract: true })
  class Decided extends Base {
    @Field(() => Date, { nullable: true })
    decidedAt: Date | null;

    @Field(() => String, { nullable: true })
    decidedBy: string | null;
  }
  return Decided;
}
