import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildAssistance')
export class ChildAssistance {
  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Under 16: the age for 特困 support when without capacity, income and a capable supporter (四(三)1), as of today.',
  })
  specialHardshipAge: boolean;
}
