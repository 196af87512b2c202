import { Field, ObjectType } from '@nestjs/graphql';
import { ProgrammeValue } from '../shared/graphql-enums';

/** A programme the child qualifies for today (四(三)1), and whether it is covered. */
@ObjectType('ChildQualification')
export class ChildQualification {
  @Field(() => ProgrammeValue)
  programme: string;

  @Field({ description: 'The policy rule that matched the child’s categories and age.' })
  rule: string;

  @Field({
    description:
      'A benefit of the programme that is not ended, or an open proposal; false is a 应保尽保 gap.',
  })
  covered: boolean;
}

/** What social assistance knows of a child; benefits and proposals are resolved on demand. */
@ObjectType('ChildAssistance')
export class ChildAssistance {
  /** The child's id, for the nested resolvers (not a field of the graph). */
  childId: string;

  /** The child's birth date, from the replica (not a field of the graph). */
  birthDate: string;

  @Field({ description: 'When this department learned of the child from the registry.' })
  trackedSince: Date;
}
