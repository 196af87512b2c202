import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The registry's Child as a department subgraph sees it: only the key. Each department adds its
 * own fields to this type with a field resolver.
 */
@ObjectType('Child')
@Directive('@key(fields: "id")')
export class ChildReference {
  @Field(() => ID)
  id: string;
}
