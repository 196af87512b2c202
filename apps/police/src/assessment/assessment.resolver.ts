import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { CaseRepository, type ProtectionCase as StoredCase } from '../cases/case.repository';
import { ProtectionCase } from '../cases/case.model';
import { CloseCaseInput, RecordAssessmentInput } from './assessment.inputs';
import { Assessment } from './assessment.model';
import { isEventDepartment } from './assessment.rules';
import { AssessmentService } from './assessment.service';
import type { PlanDepartment } from '@qz/contracts';

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated', department: 'TOWNSHIP' };

@Resolver(() => ProtectionCase)
export class AssessmentResolver {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly cases: CaseRepository,
  ) {}

  @ResolveField(() => Assessment, { nullable: true })
  assessment(@Parent() c: StoredCase) {
    return c.assessment
      ? {
          ...c.assessment,
          plan: c.assessment.plan.map((p) => ({
            ...p,
            sentAsEvent: isEventDepartment(p.department as PlanDepartment),
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
  async openAssessments(@Args('townshipCode') townshipCode: string) {
    return (await this.cases.byStatus('TOWNSHIP_NOTIFIED')).filter(
      (c) => c.notification?.townshipCode === townshipCode,
    );
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Records the township’s assessment and plan (四(二)4); each item for assistance, health or education is sent to it.',
  })
  async recordAssessment(@Args('input') input: RecordAssessmentInput) {
    return this.assessments.record(input, ACTOR);
  }

  @Mutation(() => ProtectionCase, { description: 'Closes an assessed case with the reason.' })
  async closeCase(@Args('input') input: CloseCaseInput) {
    return this.assessments.close(input, ACTOR);
  }
}
