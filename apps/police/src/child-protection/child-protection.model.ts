import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('ChildProtection')
export class ChildProtection {
  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Under 16: may not live alone without a guardian; found alone, it is a case for police (四(一)1, 四(二)3), as of today.',
  })
  forbiddenToLiveAlone: boolean;
}
