import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SchoolModel } from '../schools/school.model';
import { EnrolmentModel } from './student.model';
import { EnrolmentService } from './enrolment.service';

/** The students a school has enrolled. */
@Resolver(() => SchoolModel)
export class SchoolStudentsResolver {
  constructor(private readonly students: EnrolmentService) {}

  @ResolveField(() => [EnrolmentModel], {
    nullable: true,
    description: 'The children enrolled at the school (education roles only; null with an error for others).',
  })
  async enrolments(@Parent() school: SchoolModel) {
    return (await this.students.ofSchool(school.id)).map((s) => ({ ...s.enrolment, childId: s.id }));
  }
}
