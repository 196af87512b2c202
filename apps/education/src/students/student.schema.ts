import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export interface StoredEnrolment {
  schoolId: string;
  grade: number;
  /** 学籍号, the national student-status number. */
  studentNumber: string;
  boarding: boolean;
  enrolledOn: string;
}

export interface StoredAbsence {
  date: string;
  excused: boolean;
  reason: string;
  recordedBy: string;
  recordedAt: Date;
}

export type ContactMethod = 'PHONE' | 'HOME_VISIT' | 'MEETING_AT_SCHOOL' | 'MESSAGE';

/** One attempt of the school to reach the parents or guardian about an absence risk (四(二)6). */
export interface StoredContact {
  on: string;
  by: string;
  contactedPerson: string;
  method: ContactMethod;
  reached: boolean;
  /** A sign that nobody is acting as the child's guardian (监护缺失). */
  guardianshipConcern: boolean;
  notes: string;
  recordedAt: Date;
  mandatoryReportId: string | null;
}

export interface StoredRisk {
  id: string;
  openedOn: string;
  trigger: 'CONSECUTIVE' | 'CUMULATIVE';
  unexcusedDays: number;
  status: 'OPEN' | 'CLOSED';
  contacts: StoredContact[];
  closedOn: string | null;
  closedWhy: string | null;
  mandatoryReportId: string | null;
}

/**
 * A child as a student: enrolment at one school, absences, and the absence risk records with the
 * school's contacts with the family. One document per child (`_id` is the registry's child id),
 * written whole with a revision compare-and-set, so an absence and the risk it opens (and its
 * mandatory report, in the outbox) are one write.
 */
@Schema({ collection: 'students', versionKey: false })
export class StudentDocument {
  @Prop({ type: String, required: true })
  _id: string;

  @Prop({ required: true })
  schoolId: string;

  /** The school's region and every region above it. */
  @Prop({ type: [String], required: true })
  regionPath: string[];

  @Prop({ type: Object, required: true })
  enrolment: StoredEnrolment;

  @Prop({ type: [Object], default: [] })
  absences: StoredAbsence[];

  @Prop({ type: [Object], default: [] })
  risks: StoredRisk[];

  @Prop({ required: true, default: 1 })
  revision: number;
}

export const StudentSchema = SchemaFactory.createForClass(StudentDocument);
// One student-status number per student (enrolStudent's check).
StudentSchema.index({ 'enrolment.studentNumber': 1 }, { unique: true });
// A school's students.
StudentSchema.index({ schoolId: 1 });
// A region's students (open absence risks of a region).
StudentSchema.index({ regionPath: 1 });
// The outbox relay looks for pending events by this flag.
StudentSchema.index({ outboxPending: 1 });
