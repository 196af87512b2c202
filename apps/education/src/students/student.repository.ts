import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
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

  inRegion(regionCode: string) {
    return this.findInRegion(regionCode);
  }

  ofSchool(schoolId: string) {
    return this.findPlain({ schoolId });
  }
}
