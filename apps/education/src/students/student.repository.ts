import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, contentOf, mergeChildKeyed, type RawDocument } from '@qz/persistence';
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

  /**
   * A provisional child merged into the real one (registry.child.merged.v1). When only the
   * provisional child was enrolled, its student record (学籍号, absences, risks) becomes the real
   * child's; its number is released first (the unique index) and given back in the copy. When both
   * were enrolled, the real child's enrolment stays current and the provisional record is kept whole
   * in `mergedRecords` for the school to reconcile. Repeatable: a redelivered merge finds it done.
   */
  mergeChild(fromId: string, intoId: string) {
    return mergeChildKeyed(this.model.collection, fromId, intoId, {
      release: (merged) =>
        merged[RELEASED]
          ? null
          : {
              $set: {
                [RELEASED]: enrolmentOf(merged).studentNumber,
                'enrolment.studentNumber': `MERGED:${merged._id}`,
              },
            },
      asSurvivor: (merged) => {
        const { [RELEASED]: released, ...content } = contentOf(merged);
        const enrolment = enrolmentOf(merged);
        return {
          ...content,
          enrolment: { ...enrolment, studentNumber: (released as string) ?? enrolment.studentNumber },
        };
      },
      combine: (merged) => ({ $push: { mergedRecords: contentOf(merged) }, $inc: { revision: 1 } }),
    });
  }
}

/** Where a merged record keeps its 学籍号 while the copy is made (see mergeChild). */
const RELEASED = 'releasedStudentNumber';
const enrolmentOf = (d: RawDocument) => d['enrolment'] as StudentDocument['enrolment'];
