import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildHealth', {
  description: 'What the health commission and the DPF hold about a child (四(三)2).',
})
export class ChildHealth {
  /** The child this is about (not a field: the parent Child carries the id). */
  childId: string;

  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Of the age for rehabilitation assistance for disabled children: 0 to 6 years old (四(三)2), as of today.',
  })
  rehabAssistanceAge: boolean;
}
