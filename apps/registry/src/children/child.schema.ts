import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { RegionScopedDocument, WithMergeLinks } from '@qz/persistence';
import type {
  ClassificationChange,
  StoredCircumstances,
  StoredClassification,
} from '../classification/circumstances';
import type { CategoryOverride } from '../classification/overrides';
import type { IdentityEntry } from '../identity/identity';
import type { StoredGuardianship } from '../guardianship/guardianship-state';
import type { StoredPlacement } from '../placement/placement.rules';
import type { VisitSchedule } from '../visits/assessment.rules';

export interface StoredVisit {
  id: string;
  kind: string;
  visitedOn: string;
  visitorName: string;
  supervisorId: string | null;
  findings: string;
  riskFlags: string[];
  /** Danger found (四(二)2–3), each a report to police; absent on visits recorded before them. */
  dangerSigns?: string[];
  riskLevel: string;
  recordedBy: string;
}

export interface LivingArrangementRecord {
  livingAlone: boolean;
  recordedOn: string;
  source: string;
  address: string | null;
  recordedBy: string;
}

export type Sex = 'MALE' | 'FEMALE';

/**
 * A child in the ledger (信息台账), in the region of the household's village or community (12-digit
 * code). The outbox fields carry this child's unpublished events.
 */
@Schema({ collection: 'children', versionKey: false })
export class ChildDocument extends WithMergeLinks(RegionScopedDocument) {
  @Prop({ required: true, maxlength: 50 })
  familyName: string;

  @Prop({ required: true, maxlength: 50 })
  givenName: string;

  @Prop({ type: String, required: true, enum: ['MALE', 'FEMALE'] })
  sex: Sex;

  /** YYYY-MM-DD */
  @Prop({ required: true })
  birthDate: string;

  @Prop({ required: true })
  residentIdNumber: string;

  @Prop({ required: true })
  registeredAt: Date;

  @Prop({ required: true })
  registeredBy: string;

  /** A record without a confirmed identity number (residentIdNumber holds a placeholder). */
  @Prop({ default: false })
  provisional: boolean;

  /** How the identity was established: provisional record, confirmation, merges. Never rewritten. */
  @Prop({ type: [Object], default: [] })
  identityHistory: IdentityEntry[];

  /** Goes up with every change; writes compare it so that two edits never silently overwrite. */
  @Prop({ required: true, default: 1 })
  revision: number;

  /** Facts the classification reads (parents, household, health, police records). */
  @Prop({ type: Object })
  circumstances?: StoredCircumstances;

  @Prop({ type: Object })
  classification?: StoredClassification;

  @Prop({ type: [Object], default: [] })
  classificationHistory?: ClassificationChange[];

  /** Categories a person decided against the rules, with reasons; applied on every recomputation. */
  @Prop({ type: [Object], default: [] })
  classificationOverrides?: CategoryOverride[];

  /** Category codes of `classification`, flat, for list filters (equality on one code). */
  @Prop({ type: [String], default: [] })
  categoryCodes?: string[];

  /** Entrusted guardianship agreements and whether a left-behind child is covered (四(一)3). */
  @Prop({ type: Object })
  guardianship?: StoredGuardianship;

  /** Home visits, oldest first (四(一)4). */
  @Prop({ type: [Object], default: [] })
  visits?: StoredVisit[];

  /** Risk level and visit schedule, set by the latest visit or township assessment (四(二)4). */
  @Prop({ type: Object })
  visiting?: VisitSchedule;

  /** Placement decisions (四(一)2) with their follow-ups (四(一)4), oldest first. */
  @Prop({ type: [Object], default: [] })
  placements?: StoredPlacement[];

  /** The last record of whether the child lives alone (四(一)1). */
  @Prop({ type: Object })
  livingArrangement?: LivingArrangementRecord;
}

export const ChildSchema = SchemaFactory.createForClass(ChildDocument);
// One child per identity number: registerChild's duplicate check is this index.
ChildSchema.index({ residentIdNumber: 1 }, { unique: true });
// Children under a region, not merged, in registration order: the caseworker's list and its
// count (ChildRepository.page, equality on one code of the path, then `_id` order and cursor), the
// indicators (regionPath + mergedInto). The list's optional narrowings (category, age...) are
// checked on the region's entries (see apps/registry/test/query-indexes.int-spec.ts).
// regionPath is an array: no other array field may join this index (MongoDB's parallel arrays).
ChildSchema.index({ regionPath: 1, mergedInto: 1, _id: 1 });
// The daily sweep (ChildRepository.findDueForSweep), one index per alternative of its $or:
// left-behind children, whose status ends at 16 ...
ChildSchema.index({ 'classification.leftBehind': 1, mergedInto: 1 });
// ... and children whose dibao or low-income certification ended (category, then the date range).
ChildSchema.index({ categoryCodes: 1, mergedInto: 1, 'circumstances.household.dibaoUntil': 1 });
ChildSchema.index({ categoryCodes: 1, mergedInto: 1, 'circumstances.household.lowIncomeUntil': 1 });
// Overdue visits.
ChildSchema.index({ 'visiting.nextVisitDue': 1 });
// The outbox relay looks for pending events by this flag.
ChildSchema.index({ outboxPending: 1 });
