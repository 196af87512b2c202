import { ChildReplicaReader } from '@qz/child-replica';
import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK, type GraphQLRequestContext } from '@qz/platform';
import { AidProposalModel } from '../aid/aid.model';
import { AidService, toProposalModel, type AidProposalRecord } from '../aid/aid.service';
import { toCaseModel } from '../dropout/dropout-case.mapper';
import { DropoutCaseModel } from '../dropout/dropout-case.model';
import { DropoutService, type DropoutCase } from '../dropout/dropout.service';
import { AbsenceModel, EnrolmentModel, RiskModel } from '../students/student.model';
import { EnrolmentService } from '../students/enrolment.service';
import { ChildEducation } from './child-education.model';

/** Groups rows by child for a DataLoader batch: one store query for every child of the request. */
const byChild =
  <T extends { childId: string }>(find: (ids: readonly string[]) => Promise<T[]>) =>
  async (ids: readonly string[]) => {
    const rows = await find(ids);
    return ids.map((id) => rows.filter((r) => r.childId === id));
  };

/** The education data on a child: enrolment, absences and risks, dropout cases, aid. */
@Resolver(() => ChildEducation)
export class ChildEducationFieldsResolver {
  constructor(
    private readonly students: EnrolmentService,
    private readonly cases: DropoutService,
    private readonly aid: AidService,
    private readonly replicas: ChildReplicaReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private student(ctx: GraphQLRequestContext, childId: string) {
    return ctx.loaders.get('education.student', (ids) => this.students.findByIds(ids)).load(childId);
  }

  @ResolveField(() => [String], {
    description:
      'The registry’s categories (三) as education last heard them; they decide mandatory reports (四(二)2) and aid (四(三)3). Sensitive ones only for the roles that need them.',
  })
  async registryCategories(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    const known = await this.replicas.categories(ctx, e.childId);
    return known?.categories ?? [];
  }

  @ResolveField(() => EnrolmentModel, { nullable: true, description: 'Where the child is enrolled (学籍).' })
  async enrolment(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    const student = await this.student(ctx, e.childId);
    return student ? { ...student.enrolment, childId: student.id } : null;
  }

  @ResolveField(() => [AbsenceModel], { description: 'Recorded absences, oldest first.' })
  async absences(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    return (await this.student(ctx, e.childId))?.absences ?? [];
  }

  @ResolveField(() => [RiskModel], {
    description: 'Absence risk records and the school’s contacts with the family.',
  })
  async absenceRisks(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    return (await this.student(ctx, e.childId))?.risks ?? [];
  }

  @ResolveField(() => [DropoutCaseModel], { description: 'Every dropout case of the child, open or closed.' })
  async dropoutCases(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    const today = localDateInChina(this.clock.now());
    const cases = await ctx.loaders
      .get<DropoutCase[]>(
        'education.child-cases',
        byChild((ids) => this.cases.ofChildren(ids)),
      )
      .load(e.childId);
    return (cases ?? []).map((c) => toCaseModel(c, today));
  }

  @ResolveField(() => [AidProposalModel], { description: 'Education aid proposed for the child (四(三)3).' })
  async aidProposals(@Parent() e: ChildEducation, @Context() ctx: GraphQLRequestContext) {
    return (
      (await ctx.loaders
        .get<AidProposalRecord[]>(
          'education.child-aid',
          byChild((ids) => this.aid.ofChildren(ids)),
        )
        .load(e.childId)) ?? []
    ).map(toProposalModel);
  }
}
