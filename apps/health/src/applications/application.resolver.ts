import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { currentActor } from '../common/actor';
import {
  ApplyForRehabInput,
  DisburseApplicationInput,
  RefuseApplicationInput,
  SubmitMedicalClaimInput,
  WorkflowStepInput,
} from './application.inputs';
import { ApplicationModel, InstitutionModel, QueueItemModel } from './application.model';
import type { Application } from './application.repository';
import { DESIGNATED_INSTITUTIONS } from './institutions';
import { SubmissionService } from './submission.service';
import { WorkflowService } from './workflow.service';

/** The stored application as the graph shows it. */
export const toApplicationModel = (a: Application): ApplicationModel => ({
  id: a.id,
  programme: a.programme,
  childId: a.childId,
  regionCode: a.regionCode,
  serviceDate: a.serviceDate,
  costFen: a.costFen,
  status: a.status,
  computation: a.computation,
  approvedAmountFen: a.approvedAmountFen,
  paymentReference: a.paymentReference,
  medical: a.medical,
  rehab: a.rehab,
  refusal: a.refusal,
  steps: a.steps,
  submittedAt: a.submittedAt,
  waitingSince: a.waitingSince,
});

@Resolver(() => ApplicationModel)
export class ApplicationResolver {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly workflow: WorkflowService,
  ) {}

  @Query(() => [QueueItemModel], {
    description:
      'The officer’s queue: open applications of a county (or of all Qinzhou for 450700), what each waits for and for how long, oldest first.',
  })
  async healthQueue(@Args('regionCode') regionCode: string): Promise<QueueItemModel[]> {
    return (await this.workflow.queue(regionCode)).map((i) => ({
      ...i,
      application: toApplicationModel(i.application),
    }));
  }

  @Query(() => [InstitutionModel], { description: 'Designated rehabilitation institutions.' })
  designatedRehabInstitutions(): InstitutionModel[] {
    return DESIGNATED_INSTITUTIONS.map((i) => ({ ...i, types: [...i.types], services: [...i.services] }));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'A medical-assistance claim for a child in difficulty; shows amount, ratio, cap and what was used this year.',
  })
  async submitMedicalClaim(@Args('input') input: SubmitMedicalClaimInput) {
    return toApplicationModel(await this.submissions.submitMedicalClaim(input, currentActor()));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'An application for rehabilitation assistance (0–6) or 明天计划 surgery; an ineligible one is recorded as refused with the reason.',
  })
  async applyForRehab(@Args('input') input: ApplyForRehabInput) {
    return toApplicationModel(await this.submissions.applyForRehab(input, currentActor()));
  }

  @Mutation(() => ApplicationModel)
  async reviewHealthApplication(@Args('input') input: WorkflowStepInput) {
    return toApplicationModel(
      await this.workflow.review(input.applicationId, input.note ?? null, currentActor()),
    );
  }

  @Mutation(() => ApplicationModel, {
    description:
      'Approves a reviewed application, reserving its amount from the county’s budget of the year.',
  })
  async approveHealthApplication(@Args('input') input: WorkflowStepInput) {
    return toApplicationModel(
      await this.workflow.approve(input.applicationId, input.note ?? null, currentActor()),
    );
  }

  @Mutation(() => ApplicationModel)
  async refuseHealthApplication(@Args('input') input: RefuseApplicationInput) {
    return toApplicationModel(await this.workflow.refuse(input.applicationId, input.reason, currentActor()));
  }

  @Mutation(() => ApplicationModel, { description: 'Records the payment of an approved application.' })
  async disburseHealthApplication(@Args('input') input: DisburseApplicationInput) {
    return toApplicationModel(
      await this.workflow.disburse(input.applicationId, input.paymentReference, currentActor()),
    );
  }
}
