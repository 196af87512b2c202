import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { DropoutErrors } from './dropout.errors';
import type { DropoutStatus } from './dropout-case.rules';
import { DropoutCaseDocument } from './dropout-case.schema';

export type DropoutCase = Plain<DropoutCaseDocument>;

@Injectable()
export class DropoutCaseRepository extends BaseRepository<DropoutCaseDocument> {
  constructor(
    @InjectModel(DropoutCaseDocument.name) model: Model<DropoutCaseDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  /** Stores a new case with its events; a second open case of the child is refused. */
  register(doc: DropoutCaseDocument, events: OutgoingEvent[]) {
    return this.insertWithEvents(doc, events, () => DropoutErrors.alreadyOpen(doc.childId));
  }

  /** A provisional record merged into `intoChildId`: its dropout cases are the surviving record's. */
  mergeChild(fromChildId: string, intoChildId: string): Promise<string[]> {
    return this.reassignChild(fromChildId, intoChildId);
  }

  ofChildren(childIds: readonly string[]) {
    return this.findPlain({ childId: { $in: [...childIds] } });
  }

  /** The open cases of many children (one per child: a point lookup on the unique openKey). */
  openOfChildren(childIds: readonly string[]) {
    return this.findPlain({ openKey: { $in: [...childIds] } });
  }

  ofSchool(schoolId: string) {
    return this.findPlain({ schoolId });
  }

  inRegion(regionCode: string, status?: DropoutStatus) {
    return this.findInRegion(regionCode, status ? { status } : {});
  }
}
