import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { NoticeMethod, PlacementType } from './schooling.rules';

/** The parents were told of their duty to enrol the child (四(二)6). */
export interface StoredDutyNotice {
  notifiedOn: string;
  notifiedPerson: string;
  method: NoticeMethod;
  /** The free-text name on the paper record. */
  by: string;
  notes: string;
  recordedBy: string;
  recordedAt: Date;
}

/** How a disabled child is taught (四(三)3), as the bureau decided it. */
export interface StoredPlacement {
  type: PlacementType;
  decidedOn: string;
  decidedBy: string;
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

/** A visit of a teacher teaching the child at home (送教上门). */
export interface StoredHomeVisit {
  visitedOn: string;
  teacher: string;
  minutes: number;
  content: string;
  recordedBy: string;
  recordedAt: Date;
}

/**
 * What education records of a school-age child's schooling outside a school's roll: the notices
 * of the parents' duty to enrol (四(二)6), the placement of a disabled child (the last is current)
 * and the home-teaching visits (四(三)3). One document per child (`_id` is the registry's id), read
 * by id only.
 */
@Schema({ collection: 'schooling_records', versionKey: false })
export class SchoolingRecordDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ type: [Object], default: [] })
  dutyNotices: StoredDutyNotice[];

  @Prop({ type: Object, default: null })
  placement: StoredPlacement | null;

  @Prop({ type: [Object], default: [] })
  placementHistory: StoredPlacement[];

  @Prop({ type: [Object], default: [] })
  homeVisits: StoredHomeVisit[];
}

export const SchoolingRecordSchema = SchemaFactory.createForClass(SchoolingRecordDocument);
// No secondary index: every read names children by id (a page of the out-of-school list, a child).
