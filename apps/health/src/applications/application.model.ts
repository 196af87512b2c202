import { FenScalar } from '@qz/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BudgetProgrammeValue } from '../budgets/budget.model';
import type { BudgetProgramme } from '../budgets/budget.rules';
import { AppliedStandardModel } from '../policy/policy.model';
import { APPLICATION_STATUSES, type ApplicationStatus } from './workflow.rules';

export const ApplicationStatusValue = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, s])) as {
  [K in ApplicationStatus]: K;
};
registerEnumType(ApplicationStatusValue, { name: 'HealthApplicationStatus' });

@ObjectType('HealthAmountComputation', {
  description:
    'How the amount was computed: min(cost × ratio, cap − used this year), with the rule and standard.',
})
export class ComputationModel {
  @Field(() => FenScalar)
  costFen: number;

  @Field(() => Int, { description: 'Basis points: 10000 = 100%.' })
  ratioBp: number;

  @Field(() => FenScalar, { description: 'Yearly cap per child.' })
  capFen: number;

  @Field(() => FenScalar, { description: 'Already approved for the child this year when computed.' })
  usedThisYearFen: number;

  @Field(() => FenScalar)
  byRatioFen: number;

  @Field(() => FenScalar)
  remainingCapFen: number;

  @Field(() => FenScalar)
  amountFen: number;

  @Field({ description: 'The group or TYPE:SERVICE whose standard applied.' })
  subject: string;

  @Field()
  rule: string;

  @Field(() => AppliedStandardModel)
  standard: AppliedStandardModel;

  @Field()
  computedOn: string;
}

@ObjectType('HealthWorkflowStep')
export class WorkflowStepModel {
  @Field(() => ApplicationStatusValue)
  step: ApplicationStatus;

  @Field()
  by: string;

  @Field()
  at: Date;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('MedicalClaimDetails')
export class MedicalDetailsModel {
  @Field()
  hospital: string;

  @Field()
  diagnosis: string;
}

@ObjectType('RehabServiceDetails')
export class RehabDetailsModel {
  @Field({ description: 'VISION, HEARING, SPEECH, INTELLECTUAL, PHYSICAL or AUTISM' })
  type: string;

  @Field({ description: 'SURGERY, ASSISTIVE_DEVICE or TRAINING' })
  service: string;

  @Field()
  institutionId: string;

  @Field()
  institutionName: string;
}

@ObjectType('HealthApplicationRefusal')
export class RefusalModel {
  @Field()
  code: string;

  @Field()
  reason: string;

  @Field()
  rule: string;

  @Field()
  by: string;
}

@ObjectType('HealthApplication', {
  description: 'A medical-assistance claim, a rehabilitation application or a 明天计划 surgery application.',
})
export class ApplicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => BudgetProgrammeValue)
  programme: BudgetProgramme;

  @Field(() => ID)
  childId: string;

  @Field()
  regionCode: string;

  @Field()
  serviceDate: string;

  @Field(() => FenScalar)
  costFen: number;

  @Field(() => ApplicationStatusValue)
  status: ApplicationStatus;

  @Field(() => ComputationModel, {
    nullable: true,
    description: 'Null for an application refused on eligibility.',
  })
  computation: ComputationModel | null;

  @Field(() => FenScalar, { nullable: true })
  approvedAmountFen: number | null;

  @Field(() => String, { nullable: true })
  paymentReference: string | null;

  /** Sensitive: the GraphQL field is ApplicationResolver.medical (policy table). */
  medical: MedicalDetailsModel | null;

  /** Sensitive: the GraphQL field is ApplicationResolver.rehab (policy table). */
  rehab: RehabDetailsModel | null;

  @Field(() => RefusalModel, { nullable: true })
  refusal: RefusalModel | null;

  @Field(() => [WorkflowStepModel], { description: 'Every step with who and when, oldest first.' })
  steps: WorkflowStepModel[];

  @Field()
  submittedAt: Date;

  @Field()
  waitingSince: Date;

  @Field(() => ID, {
    nullable: true,
    description:
      'The part of a one-window application (四(四)1) this application was made from, <applicationId>:<partId> (healthWindowParts).',
  })
  windowPartId: string | null;
}

@ObjectType('HealthQueueItem')
export class QueueItemModel {
  @Field(() => ApplicationModel)
  application: ApplicationModel;

  @Field({ description: 'REVIEW, APPROVAL or DISBURSEMENT' })
  waitingFor: string;

  @Field()
  waitingSince: Date;

  @Field(() => Int)
  waitingDays: number;
}

@ObjectType('DesignatedInstitution')
export class InstitutionModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  /** Where it is (the GraphQL field `regionCode`, see InstitutionRegionResolver). */
  locatedIn: string;

  @Field(() => [String])
  types: string[];

  @Field(() => [String])
  services: string[];

  @Field({ description: 'Designated for 明天计划 surgery.' })
  tomorrowPlan: boolean;
}
