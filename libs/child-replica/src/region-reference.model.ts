import { Directive, Field, ObjectType } from '@nestjs/graphql';

/**
 * The registry's Region as a department subgraph sees it: only the key. Each department adds its
 * indicators for the region (五(一) 考核) as fields of its own.
 */
@ObjectType('Region')
@Directive('@key(fields: "code")')
export class RegionReference {
  @Field({ description: 'Division code (GB/T 2260; 9-digit townships, 12-digit villages).' })
  code: string;
}
