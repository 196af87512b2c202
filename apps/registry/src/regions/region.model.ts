import { Directive, Field, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum RegionLevelValue {
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}
registerEnumType(RegionLevelValue, {
  name: 'RegionLevel',
  description:
    'The four levels of 四级网络: city → county/district → township/street → village/community.',
});

/** A region of the tree; an entity, so that each department adds its indicators to it. */
@ObjectType('Region')
@Directive('@key(fields: "code")')
export class RegionModel {
  @Field({ description: 'Division code (GB/T 2260; 9-digit townships, 12-digit villages).' })
  code: string;

  @Field()
  name: string;

  @Field(() => RegionLevelValue)
  level: RegionLevelValue;

  @Field(() => String, { nullable: true })
  parentCode: string | null;

  /** Codes from the city down; resolved to regions by the `path` field. */
  pathCodes: string[];
}
