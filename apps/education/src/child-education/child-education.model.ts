import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildEducation')
export class ChildEducation {
  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Of compulsory-education age: 6 to 15 years old, the nine years the school must keep the child in school (四(二)6 控辍保学), as of today.',
  })
  compulsoryEducationAge: boolean;
}
