import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLRequestContext } from '@qz/platform';
import { SchoolModel } from '../schools/school.model';
import { SchoolService } from '../schools/school.service';
import { shownStudentNumber } from './student-number';
import { EnrolmentModel } from './student.model';

@Resolver(() => EnrolmentModel)
export class EnrolmentResolver {
  constructor(private readonly schools: SchoolService) {}

  @ResolveField(() => SchoolModel, { nullable: true })
  school(@Parent() e: EnrolmentModel, @Context() ctx: GraphQLRequestContext) {
    return this.schools.loadOf(e, ctx);
  }

  @ResolveField(() => String, {
    description:
      'The student number issued at enrolment (XJ and ten random characters, never derived from the ' +
      'ID number); masked for roles outside education. An older number shaped like an ID number is masked for everyone.',
  })
  studentNumber(@Parent() e: EnrolmentModel) {
    return shownStudentNumber(e.studentNumber);
  }
}
