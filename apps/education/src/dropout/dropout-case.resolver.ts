import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildReplicaRepository } from '@qz/child-replica';
import { localDateInChina, type Clock } from '@qz/kernel';
import type { Identity } from '@qz/identity';
import { CLOCK, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { requireInRegion } from '../access/region-check';
import { SchoolModel } from '../schools/school.model';
import { SchoolService } from '../schools/school.service';
import { StudentErrors } from '../students/student.errors';
import { EnrolmentService } from '../students/enrolment.service';
import { DropoutErrors } from './dropout.errors';
import { DropoutService, type DropoutCase } from './dropout.service';
import {
  EscalateDropoutInput,
  FlagDropoutInput,
  RecordDropoutReturnInput,
  RecordPersuasionInput,
  RegisterDropoutInput,
  SubmitDropoutReportInput,
} from './dropout-case.inputs';
import { toCaseModel } from './dropout-case.mapper';
import { DropoutCaseModel, DropoutReportDocumentModel } from './dropout-case.model';
import { OPEN_STATUSES, reportOverdue } from './dropout-case.rules';
import { renderDropoutReport } from './report/dropout-report.pdf';
import { shownStudentNumber } from '../students/student-number';

@Resolver(() => DropoutCaseModel)
export class DropoutCaseResolver {
  constructor(
    private readonly dropouts: DropoutService,
    private readonly schools: SchoolService,
    private readonly students: EnrolmentService,
    private readonly children: ChildReplicaRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private model = (c: DropoutCase) => toCaseModel(c, localDateInChina(this.clock.now()));

  @Mutation(() => DropoutCaseModel, { description: 'Registers a dropout (辍学学生登记, 四(二)6).' })
  async registerDropout(@Args('input') input: RegisterDropoutInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.register(input, viewer));
  }

  @Mutation(() => DropoutCaseModel, {
    description: 'Logs a persuasion attempt (劝返); RETURNED closes the case.',
  })
  async recordPersuasionAttempt(@Args('input') input: RecordPersuasionInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.recordPersuasion(input, viewer));
  }

  @Mutation(() => DropoutCaseModel, {
    description:
      'Persuasion failed: the case is flagged in the student-status system (学籍标识); the report falls due.',
  })
  async flagDropout(@Args('input') input: FlagDropoutInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.flag(input, viewer));
  }

  @Mutation(() => DropoutCaseModel, {
    description: 'The written report went to the county education bureau and the township government.',
  })
  async submitDropoutReport(@Args('input') input: SubmitDropoutReportInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.submitReport(input, viewer));
  }

  @Mutation(() => DropoutCaseModel, {
    description: 'The township needs other departments: reported in writing to the county government.',
  })
  async escalateDropout(@Args('input') input: EscalateDropoutInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.escalate(input, viewer));
  }

  @Mutation(() => DropoutCaseModel, { description: 'The child is back at school (复学); the case closes.' })
  async recordDropoutReturn(@Args('input') input: RecordDropoutReturnInput, @Viewer() viewer: Identity) {
    return this.model(await this.dropouts.recordReturn(input, viewer));
  }

  @Query(() => DropoutCaseModel, { nullable: true })
  async dropoutCase(@Args('id', { type: () => ID }) id: string, @Viewer() viewer: Identity) {
    const c = await this.dropouts.findById(id);
    requireInRegion(viewer, c?.regionCode, `Dropout case ${id}`);
    return c ? this.model(c) : null;
  }

  @Query(() => [DropoutCaseModel], {
    description:
      'Dropout cases of a school, or of a region and every region below it (the asker’s region when neither is given); open ones only by default.',
  })
  async dropoutCases(
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId: string | null,
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('openOnly', { type: () => Boolean, defaultValue: true }) openOnly: boolean,
    @Viewer() viewer: Identity,
  ) {
    if (schoolId) await this.schoolInRegion(schoolId, viewer);
    const found = schoolId
      ? await this.dropouts.ofSchool(schoolId)
      : await this.dropouts.inRegion(regionCode ?? viewer.regionCode);
    return found.filter((c) => !openOnly || OPEN_STATUSES.includes(c.status)).map(this.model);
  }

  @Query(() => [DropoutCaseModel], {
    description:
      'Flagged cases of a school, or of a region and below (the asker’s region when neither is given), whose written report is past its due date.',
  })
  async overdueDropoutReports(
    @Args('regionCode', { type: () => String, nullable: true }) regionCode: string | null,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId: string | null,
    @Viewer() viewer: Identity,
  ) {
    if (schoolId) await this.schoolInRegion(schoolId, viewer);
    const today = localDateInChina(this.clock.now());
    const flagged = schoolId
      ? (await this.dropouts.ofSchool(schoolId)).filter((c) => c.status === 'FLAGGED')
      : await this.dropouts.inRegion(regionCode ?? viewer.regionCode, 'FLAGGED');
    return flagged.filter((c) => reportOverdue(c, today)).map(this.model);
  }

  @Query(() => [DropoutCaseModel], {
    description: 'Cases of a region (and below) escalated to the county government and not yet resolved.',
  })
  async escalatedDropoutCases(@Args('regionCode') regionCode: string) {
    return (await this.dropouts.inRegion(regionCode, 'ESCALATED')).map(this.model);
  }

  @Query(() => DropoutReportDocumentModel, { description: 'The written report of a case as a PDF.' })
  async dropoutReportPdf(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Viewer() viewer: Identity,
    @Context() ctx: GraphQLRequestContext,
  ) {
    const c = await this.dropouts.findById(caseId);
    if (!c) throw DropoutErrors.notFound(caseId);
    requireInRegion(viewer, c.regionCode, `Dropout case ${caseId}`);
    // The report names the child and the family's circumstances: the read is in the access log.
    ctx.access?.read(c.childId, 'DropoutReportDocument');
    if (!c.report) throw DropoutErrors.reportNotWritten(caseId);
    const [child, school, student] = await Promise.all([
      this.children.findById(c.childId),
      this.schools.findById(c.schoolId),
      this.students.findById(c.childId),
    ]);
    if (!child) throw StudentErrors.childNotFound(c.childId, 'caseId');
    const pdf = await renderDropoutReport(c, child, {
      name: school?.name ?? c.schoolId,
      grade: student?.enrolment.grade ?? null,
      studentNumber: shownStudentNumber(student?.enrolment.studentNumber ?? null),
    });
    return {
      fileName: `${c.caseNumber}.pdf`,
      contentType: 'application/pdf',
      base64: pdf.toString('base64'),
    };
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'What the school knows: family circumstances; each read is in the access log.',
  })
  facts(@Parent() c: DropoutCaseModel) {
    return c.facts;
  }

  private async schoolInRegion(schoolId: string, viewer: Identity) {
    const school = await this.schools.findById(schoolId);
    requireInRegion(viewer, school?.regionCode, `School ${schoolId}`);
  }

  @ResolveField(() => SchoolModel, { nullable: true })
  school(@Parent() c: DropoutCaseModel, @Context() ctx: GraphQLRequestContext) {
    return this.schools.loadOf(c, ctx);
  }
}
