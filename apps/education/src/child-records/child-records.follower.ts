import { Injectable } from '@nestjs/common';
import type { ChildRecordsMerger, ChildRecordsMover } from '@qz/platform';
import { AidService } from '../aid/aid.service';
import { DropoutCaseRepository } from '../dropout/dropout-case.repository';
import { SchoolingRepository } from '../schooling/schooling.repository';
import { StudentRepository } from '../students/student.repository';

/**
 * Education's records of a child follow the registry's record (issue 15): aid proposals are
 * listed for the region the child lives in now; a provisional record merged into the child's real
 * one passes its aid proposals and dropout cases to it. Dropout cases stay under the school that
 * raised them (its county bureau follows them up, 四(二)6). Student and schooling records, kept
 * under the child's id itself, go to the surviving id (StudentRepository and SchoolingRepository
 * mergeChild say how two of them become one).
 */
@Injectable()
export class EducationChildRecords implements ChildRecordsMover, ChildRecordsMerger {
  constructor(
    private readonly aid: AidService,
    private readonly dropouts: DropoutCaseRepository,
    private readonly students: StudentRepository,
    private readonly schooling: SchoolingRepository,
  ) {}

  moveChild(childId: string, regionCode: string): Promise<void> {
    return this.aid.moveChild(childId, regionCode);
  }

  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    await this.aid.mergeChild(fromChildId, intoChildId, regionCode);
    await this.dropouts.mergeChild(fromChildId, intoChildId);
    await this.students.mergeChild(fromChildId, intoChildId);
    await this.schooling.mergeChild(fromChildId, intoChildId);
  }
}
