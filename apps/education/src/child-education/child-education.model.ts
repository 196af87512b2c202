import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildEducation')
export class ChildEducation {
  /** The child, for the fields resolved below (not in the graph: the parent Child has it). */
  childId: string;

  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Of compulsory-education age: 6 to 15 years old, the nine years the school must keep the child in school (四(二)6 控辍保学), as of today.',
  })
  compulsoryEducationAge: boolean;
}
