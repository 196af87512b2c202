import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import { CaseScope, caseInRegion } from '../cases/case-scope';
import { CaseService, type ProtectionCase as StoredCase } from '../cases/case.service';
import { ProtectionCase } from '../cases/case.model';
import { CloseCaseInput, CompleteCasePlanItemInput, RecordAssessmentInput } from './assessment.inputs';
import { Assessment } from './assessment.model';
import { isEventDepartment } from './assessment.rules';
import { AssessmentService } from './assessment.service';
import { PlanCompletionService } from './plan-completion.service';
import type { PlanDepartment } from '@qz/contracts';

@Resolver(() => ProtectionCase)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly cases: CaseService,
    private readonly scope: CaseScope,
    private readonly completions: PlanCompletionService,
  ) {}

  @ResolveField(() => Assessment, { nullable: true, description: 'Field-ruled: a case detail.' })
  assessment(@Parent() c: StoredCase) {
    return c.assessment
      ? {
          ...c.assessment,
          planCompletedOn: c.assessment.planCompletedOn ?? null,
          plan: c.assessment.plan.map((p) => ({
            ...p,
            sentAsEvent: isEventDepartment(p.department as PlanDepartment),
            completion: p.completion ?? null,
          })),
        }
      : null;
  }

  @ResolveField(() => Boolean, {
    description: 'The township was notified and its assessment is past the due date (working days).',
  })
  assessmentOverdue(@Parent() c: StoredCase) {
    return this.assessments.isOverdue(c);
  }

  @Query(() => [ProtectionCase], {
    description: 'The township’s open assessments (notified, not yet assessed), oldest first.',
  })
  async openAssessments(@Args('townshipCode') townshipCode: string, @Viewer() viewer: Identity) {
    return (await this.cases.byStatus('TOWNSHIP_NOTIFIED')).filter(
      (c) => c.notification?.townshipCode === townshipCode && caseInRegion(viewer, c),
    );
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Records the township’s assessment and plan (四(二)4); each item for assistance, health or education is sent to it.',
  })
  async recordAssessment(@Args('input') input: RecordAssessmentInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.assessments.record(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Records a plan item no department’s service receives (the township’s guidance, justice’s legal aid) done (四(二)4).',
  })
  async completeCasePlanItem(@Args('input') input: CompleteCasePlanItemInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.completions.completeOwn(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, { description: 'Closes an assessed case with the reason.' })
  async closeCase(@Args('input') input: CloseCaseInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.assessments.close(input, actorOf(viewer));
  }
}
