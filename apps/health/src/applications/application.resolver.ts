import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { actorOf, Viewer } from '@qz/platform';
import {
  ApplyForRehabInput,
  DisburseApplicationInput,
  RefuseApplicationInput,
  SubmitMedicalClaimInput,
  WorkflowStepInput,
} from './application.inputs';
import { toStandardModel } from '../policy/policy.model';
import {
  ApplicationModel,
  InstitutionModel,
  MedicalDetailsModel,
  QueueItemModel,
  RehabDetailsModel,
} from './application.model';
import type { Application } from './submission.service';
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
  computation: a.computation && { ...a.computation, standard: toStandardModel(a.computation.standard) },
  approvedAmountFen: a.approvedAmountFen,
  paymentReference: a.paymentReference,
  medical: a.medical,
  rehab: a.rehab,
  refusal: a.refusal,
  steps: a.steps,
  submittedAt: a.submittedAt,
  waitingSince: a.waitingSince,
  windowPartId: a.windowPartId ?? null,
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
  async healthQueue(
    @Args('regionCode') regionCode: string,
    @Viewer() viewer: Identity,
  ): Promise<QueueItemModel[]> {
    return (await this.workflow.queue(regionCode, viewer)).map((i) => ({
      ...i,
      application: toApplicationModel(i.application),
    }));
  }

  @Query(() => [InstitutionModel], { description: 'Designated rehabilitation institutions.' })
  designatedRehabInstitutions(): InstitutionModel[] {
    return DESIGNATED_INSTITUTIONS.map(({ regionCode, ...i }) => ({
      ...i,
      locatedIn: regionCode,
      types: [...i.types],
      services: [...i.services],
    }));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'A medical-assistance claim for a child in difficulty; shows amount, ratio, cap and what was used this year.',
  })
  async submitMedicalClaim(@Args('input') input: SubmitMedicalClaimInput, @Viewer() viewer: Identity) {
    return toApplicationModel(await this.submissions.submitMedicalClaim(input, actorOf(viewer)));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'An application for rehabilitation assistance (0–6) or 明天计划 surgery; an ineligible one is recorded as refused with the reason.',
  })
  async applyForRehab(@Args('input') input: ApplyForRehabInput, @Viewer() viewer: Identity) {
    return toApplicationModel(await this.submissions.applyForRehab(input, actorOf(viewer)));
  }

  @Mutation(() => ApplicationModel)
  async reviewHealthApplication(@Args('input') input: WorkflowStepInput, @Viewer() viewer: Identity) {
    return toApplicationModel(await this.workflow.review(input.applicationId, input.note ?? null, viewer));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'Approves a reviewed application, reserving its amount from the county’s budget of the year.',
  })
  async approveHealthApplication(@Args('input') input: WorkflowStepInput, @Viewer() viewer: Identity) {
    return toApplicationModel(await this.workflow.approve(input.applicationId, input.note ?? null, viewer));
  }

  @Mutation(() => ApplicationModel)
  async refuseHealthApplication(@Args('input') input: RefuseApplicationInput, @Viewer() viewer: Identity) {
    return toApplicationModel(await this.workflow.refuse(input.applicationId, input.reason, viewer));
  }

  @Mutation(() => ApplicationModel, { description: 'Records the payment of an approved application.' })
  async disburseHealthApplication(
    @Args('input') input: DisburseApplicationInput,
    @Viewer() viewer: Identity,
  ) {
    return toApplicationModel(
      await this.workflow.disburse(input.applicationId, input.paymentReference, viewer),
    );
  }

  /** Hospital and diagnosis: a sensitive field (policy table), each read audited. */
  @ResolveField(() => MedicalDetailsModel, { nullable: true })
  medical(@Parent() a: ApplicationModel): MedicalDetailsModel | null {
    return a.medical ?? null;
  }

  /** Disability type and service: a sensitive field (policy table), each read audited. */
  @ResolveField(() => RehabDetailsModel, { nullable: true })
  rehab(@Parent() a: ApplicationModel): RehabDetailsModel | null {
    return a.rehab ?? null;
  }
}
