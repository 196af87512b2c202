import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { StoredReportingFailure } from '../accountability/accountability.types';
import type { StoredAssessment } from '../assessment/assessment.types';
import type { StoredIntervention, StoredPetition } from '../intervention/intervention.types';
import type { StoredSearch } from '../missing-search/search.types';
import type { StoredOrder } from '../orders/order.types';
import type {
  CaseStatus,
  StoredDispatch,
  StoredMeasure,
  StoredNotification,
  StoredReport,
  TimelineEntry,
} from './case.types';

/**
 * A protection case (四(二)3–4): the reports about one child (or one unidentified child), the first
 * response, measures, the township's notification, and the timeline of every step. Its events
 * travel in the same document (the outbox).
 */
@Schema({ collection: 'cases', versionKey: false })
export class CaseDocument {
  @Prop({ type: String, required: true }) _id: string;
  @Prop({ type: String, required: true }) status: CaseStatus;
  /** The registry's child id; null while the child is not identified. */
  @Prop({ type: String, default: null }) childId: string | null;
  @Prop({ type: String, default: null }) childDescription: string | null;
  /** Where the child was reported (division code); the case's region. */
  @Prop({ required: true }) regionCode: string;
  /** The first report's situation type. */
  @Prop({ required: true }) situationType: string;
  @Prop({ type: [Object], default: [] }) reports: StoredReport[];
  /** Source keys of the reports, flat: a redelivered event finds its report by equality. */
  @Prop({ type: [String], default: [] }) reportKeys: string[];
  @Prop({ required: true }) slaMinutes: number;
  @Prop({ required: true }) dispatchDueAt: Date;
  /** When the overdue dispatch was escalated (once). */
  @Prop({ type: Date, default: null }) escalatedAt: Date | null;
  @Prop({ type: Object, default: null }) dispatch: StoredDispatch | null;
  @Prop({ type: [Object], default: [] }) measures: StoredMeasure[];
  @Prop({ type: Object, default: null }) notification: StoredNotification | null;
  /** The township's assessment and plan (四(二)4), once recorded. */
  @Prop({ type: Object, default: null }) assessment: StoredAssessment | null;
  /** 四(二)5: criticism, penalties, criminal cases against the guardian. */
  @Prop({ type: [Object], default: [] }) interventions: StoredIntervention[];
  /** 四(二)5: petitions to revoke guardianship, with the court's decisions. */
  @Prop({ type: [Object], default: [] }) petitions: StoredPetition[];
  /** 四(二)2: duty-bearers that knew and did not report. */
  @Prop({ type: [Object], default: [] }) reportingFailures: StoredReportingFailure[];
  /** Flat flag for the accountability list (equality, no array-position queries). */
  @Prop({ default: false }) hasReportingFailures: boolean;
  /** 四(二)3 责令: orders to the parents to return or to name an entrusted guardian. */
  @Prop({ type: [Object], default: [] }) orders?: StoredOrder[];
  /** Flat flag: an order not yet complied with (the follow-up queue, equality). */
  @Prop({ default: false }) openOrders?: boolean;
  /** 四(二)3 快速查找: the fast search for a missing child, once started. */
  @Prop({ type: Object, default: null }) search?: StoredSearch | null;
  /** Flat flag for the open searches' queue (equality). */
  @Prop({ default: false }) searchOpen?: boolean;
  @Prop({ type: Object, default: null }) closure: { closedAt: Date; reason: string } | null;
  @Prop({ type: [Object], default: [] }) timeline: TimelineEntry[];
  @Prop({ required: true }) openedAt: Date;
  @Prop({ required: true, default: 1 }) revision: number;
}

export const CaseSchema = SchemaFactory.createForClass(CaseDocument);
CaseSchema.index({ childId: 1 });
CaseSchema.index({ status: 1 });
CaseSchema.index({ reportKeys: 1 });
CaseSchema.index({ hasReportingFailures: 1 });
CaseSchema.index({ searchOpen: 1 });
CaseSchema.index({ openOrders: 1 });
CaseSchema.index({ outboxPending: 1 });

/** The city's dispatch SLA for one situation type (四(二)3), set as data. */
@Schema({ collection: 'dispatch_slas', versionKey: false })
export class DispatchSlaDocument {
  /** The situation type. */
  @Prop({ type: String, required: true }) _id: string;
  @Prop({ required: true }) minutes: number;
  @Prop({ required: true }) reason: string;
  @Prop({ required: true }) setBy: string;
  @Prop({ required: true }) setAt: Date;
}
export const DispatchSlaSchema = SchemaFactory.createForClass(DispatchSlaDocument);
