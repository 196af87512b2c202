import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLRequestContext } from '@qz/platform';
import { SchoolModel } from '../schools/school.model';
import { SchoolService } from '../schools/school.service';
import { EnrolmentModel } from './student.model';

@Resolver(() => EnrolmentModel)
export class EnrolmentResolver {
  constructor(private readonly schools: SchoolService) {}

  @ResolveField(() => SchoolModel, { nullable: true })
  school(@Parent() e: EnrolmentModel, @Context() ctx: GraphQLRequestContext) {
    return ctx.loaders.get('education.school', (ids) => this.schools.findByIds(ids)).load(e.schoolId);
  }

  @ResolveField(() => String, {
    description: '学籍号 (the letter G and the resident ID number): masked for roles outside education.',
  })
  studentNumber(@Parent() e: EnrolmentModel) {
    return e.studentNumber;
  }
}
