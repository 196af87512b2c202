import { Field, ObjectType } from '@nestjs/graphql';

/** What social assistance knows of a child; benefits and proposals are resolved on demand. */
@ObjectType('ChildAssistance')
export class ChildAssistance {
  /** The child's id, for the nested resolvers (not a field of the graph). */
  childId: string;

  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Under 16: the age for 特困 support when without capacity, income and a capable supporter (四(三)1), as of today.',
  })
  specialHardshipAge: boolean;
}
