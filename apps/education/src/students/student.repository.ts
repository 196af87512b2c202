import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository } from '@qz/persistence';
import type { Model } from 'mongoose';
import { StudentErrors } from './student.errors';
import { StudentDocument } from './student.schema';

@Injectable()
export class StudentRepository extends BaseRepository<StudentDocument> {
  constructor(
    @InjectModel(StudentDocument.name) model: Model<StudentDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  enrol(student: StudentDocument) {
    return this.insertWithEvents(student, [], (error) =>
      String(error).includes('studentNumber')
        ? StudentErrors.studentNumberTaken(student.enrolment.studentNumber)
        : StudentErrors.alreadyEnrolled(),
    );
  }

  async studentNumberTaken(studentNumber: string): Promise<boolean> {
    return (await this.findPlain({ 'enrolment.studentNumber': studentNumber })).length > 0;
  }

  inRegion(regionCode: string) {
    return this.findPlain({ regionPath: regionCode });
  }

  ofSchool(schoolId: string) {
    return this.findPlain({ schoolId });
  }

  /** Writes the student if still at `revision`; false when someone else changed it meanwhile. */
  updateAtRevision(id: string, revision: number, $set: Partial<StudentDocument>, events: OutgoingEvent[]) {
    return this.updateWithEvents({ _id: id, revision }, { $set, $inc: { revision: 1 } }, events);
  }
}
