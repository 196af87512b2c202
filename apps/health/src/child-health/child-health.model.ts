import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildHealth')
export class ChildHealth {
  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Of the age for rehabilitation assistance for disabled children: 0 to 6 years old (四(三)2), as of today.',
  })
  rehabAssistanceAge: boolean;
}
