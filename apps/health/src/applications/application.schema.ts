import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { BudgetProgramme } from '../budgets/budget.rules';
import type { AppliedStandard } from '../policy/policy.service';
import type { DisabilityType, RehabService } from '../policy/policy.rules';
import type { AssistanceComputation, Refusal } from './assistance.rules';
import type { ApplicationStatus } from './workflow.rules';

export interface WorkflowStep {
  step: ApplicationStatus;
  by: string;
  at: Date;
  note: string | null;
}

/** How the amount was computed: the figures, the rule and the standard version behind them. */
export interface StoredComputation extends AssistanceComputation {
  /** The standard's subject: a medical group (TEKUN, DIBAO…) or TYPE:SERVICE for rehabilitation. */
  subject: string;
  rule: string;
  standard: AppliedStandard;
  computedOn: string;
}

/**
 * One application for medical assistance, rehabilitation assistance or 明天计划 surgery, through
 * application → review → approval → disbursement. Every step is appended with who and when.
 */
@Schema({ collection: 'health_applications', versionKey: false })
export class ApplicationDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, required: true })
  programme: BudgetProgramme;

  @Prop({ required: true })
  childId: string;

  @Prop({ required: true })
  regionCode: string;

  /** The county-level unit whose queue and budget the application belongs to. */
  @Prop({ required: true })
  countyCode: string;

  @Prop({ required: true })
  serviceDate: string;

  @Prop({ required: true })
  costFen: number;

  @Prop({ type: Object, default: null })
  medical: { hospital: string; diagnosis: string } | null;

  @Prop({ type: Object, default: null })
  rehab: {
    type: DisabilityType;
    service: RehabService;
    institutionId: string;
    institutionName: string;
  } | null;

  @Prop({ type: Object, default: null })
  computation: StoredComputation | null;

  @Prop({ type: String, required: true })
  status: ApplicationStatus;

  /** Waiting for an officer (SUBMITTED, REVIEWED, APPROVED): the queue's equality filter. */
  @Prop({ required: true })
  open: boolean;

  @Prop({ type: Number, default: null })
  approvedAmountFen: number | null;

  @Prop({ type: String, default: null })
  budgetId: string | null;

  @Prop({ type: String, default: null })
  paymentReference: string | null;

  @Prop({ type: Object, default: null })
  refusal: (Refusal & { by: string }) | null;

  @Prop({ type: [Object], default: [] })
  steps: WorkflowStep[];

  @Prop({ required: true })
  submittedAt: Date;

  /** When the last step happened: how long the application has waited for the next. */
  @Prop({ required: true })
  waitingSince: Date;

  @Prop({ required: true, default: 1 })
  revision: number;

  /**
   * The part of a one-window application (四(四)1) it was made from, `<applicationId>:<partId>`,
   * when the officer approved that part (the part's decision names this application back).
   */
  @Prop({ type: String, default: null })
  windowPartId?: string | null;
}

export const ApplicationSchema = SchemaFactory.createForClass(ApplicationDocument);
// The officer's queue (healthQueue, ApplicationRepository.findAllOpen): the open applications,
// narrowed to the officer's region and programmes after the read.
ApplicationSchema.index({ open: 1 });
// A child's applications (Child.health, and what was used of a yearly cap).
ApplicationSchema.index({ childId: 1 });
