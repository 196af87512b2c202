import { Injectable } from '@nestjs/common';
import { AccessLogRepository } from './access-log.repository';

/** The access log as the auditor reads it (entries are written only from AccessRecorded events). */
@Injectable()
export class AccessLogService {
  constructor(private readonly log: AccessLogRepository) {}

  /** One page of a child's entries, newest first, before the entry `beforeId` if given. */
  findForChild(childId: string, first: number, beforeId: string | null) {
    return this.log.findForChild(childId, first, beforeId);
  }
}
