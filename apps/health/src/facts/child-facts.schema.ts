import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type {
  AssistanceProgramme,
  CertificateWithdrawalReason,
  CertifiedDisabilityType,
} from '@qz/contracts';

/** A benefit of the assistance service as its latest event described it. */
export interface KnownBenefit {
  benefitId: string;
  programme: AssistanceProgramme;
  status: 'ACTIVE' | 'SUSPENDED' | 'ENDED';
  startDate: string;
  endDate: string | null;
  effectiveDate: string;
  /** The event's occurredAt: an older event arriving late never overwrites a newer state. */
  occurredAt: string;
}

/**
 * The disability certificate as a DPF officer recorded it in this service: the one record of it
 * (the registry learns it from health.disability-certificate.recorded.v1).
 */
export interface DisabilityRecord {
  /**
   * The certificate's category. A record made while the types were rehabilitation's may say AUTISM:
   * read it through `certifiedTypeOf` (MENTAL).
   */
  type: CertifiedDisabilityType;
  /** 1 (most severe) to 4; grades 1 and 2 are 重残 (severe disability). */
  grade: number;
  certifiedOn: string;
  recordedBy: string;
  recordedAt: Date;
}

/** A certificate the DPF withdrew (注销): the record as it was, and the withdrawal. */
export interface DisabilityWithdrawal extends DisabilityRecord {
  withdrawnOn: string;
  reason: CertificateWithdrawalReason;
  note: string;
  withdrawnBy: string;
  withdrawnAt: Date;
}

/**
 * What this service knows about a child from other departments' events (assistance benefits, since
 * when the registry has the child in difficulty) and its own records (disability): with the
 * categories of the child replica, the facts its subsidies are computed from.
 */
@Schema({ collection: 'child_facts', versionKey: false })
export class ChildFactsDocument {
  /** The registry's child id. */
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: String, default: null })
  regionCode: string | null;

  /** The day (China time) the child was first classified in difficulty, while still in it. */
  @Prop({ type: String, default: null })
  difficultySince: string | null;

  /** Benefits by id (dots in ids replaced), each as its latest event left it. */
  @Prop({ type: Object, default: {} })
  benefits: Record<string, KnownBenefit>;

  @Prop({ type: Object, default: null })
  disability: DisabilityRecord | null;

  /** Certificates the DPF withdrew, oldest first (kept: who withdrew what, when, and why). */
  @Prop({ type: [Object], default: [] })
  disabilityWithdrawals: DisabilityWithdrawal[];

  @Prop({ type: [String], default: [] })
  appliedEventIds: string[];
}

export const ChildFactsSchema = SchemaFactory.createForClass(ChildFactsDocument);
/** The outbox relay's look-up: a recorded certificate's event (the registry takes it). */
ChildFactsSchema.index({ outboxPending: 1 });

export const CHILD_FACTS_COLLECTION = 'child_facts';
