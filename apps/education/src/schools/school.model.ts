import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SCHOOL_LEVELS } from './school.schema';

export const SchoolLevelValue = Object.fromEntries(SCHOOL_LEVELS.map((l) => [l, l])) as {
  [K in (typeof SCHOOL_LEVELS)[number]]: K;
};
registerEnumType(SchoolLevelValue, {
  name: 'SchoolLevel',
  description: '学前、小学、初中、高中、中职、特殊教育',
});

@ObjectType('School')
export class SchoolModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'Division code of where the school is.' })
  regionCode: string;

  @Field(() => SchoolLevelValue)
  level: string;

  @Field()
  createdAt: Date;
}
