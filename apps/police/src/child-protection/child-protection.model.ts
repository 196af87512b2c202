import { Field, Int, ObjectType } from '@nestjs/graphql';

/**
 * The police part of a child's whole picture: a summary of the protection cases in the asker's
 * region (the cases themselves, with their field-ruled details, are `Child.protectionCases`).
 */
@ObjectType('ChildProtection')
export class ChildProtection {
  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;

  @Field({
    description:
      'Under 16: may not live alone without a guardian; found alone, it is a case for police (四(一)1, 四(二)3), as of today.',
  })
  forbiddenToLiveAlone: boolean;

  @Field(() => Int, { description: 'Protection cases not yet closed.' })
  openCases: number;

  @Field(() => Int, { description: 'Protection cases closed.' })
  closedCases: number;

  @Field(() => Date, { nullable: true, description: 'When the latest report about the child came in.' })
  lastReportedAt: Date | null;

  @Field({
    description: 'An intervention against a guardian or a revocation petition is on record (四(二)5).',
  })
  guardianshipIntervened: boolean;
}
