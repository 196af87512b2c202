import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { countyOf } from '@qz/kernel';
import type { LeaseGuard } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { ChildRecordsMerger, ChildRecordsMover } from '@qz/platform';
import type { Model } from 'mongoose';
import { ApplicationDocument } from './application.schema';

export type Application = Plain<ApplicationDocument>;

@Injectable()
export class ApplicationRepository
  extends BaseRepository<ApplicationDocument>
  implements ChildRecordsMover, ChildRecordsMerger
{
  constructor(@InjectModel(ApplicationDocument.name) model: Model<ApplicationDocument>) {
    super(model);
  }

  async add(doc: ApplicationDocument): Promise<Application> {
    return this.insertWithEvents(doc, []);
  }

  /** Removes an application made from a window part whose decision could not be recorded after all. */
  async remove(id: string): Promise<void> {
    await this.withLease(id, () => this.model.collection.deleteOne({ _id: id } as never));
  }

  findByChildIds(childIds: readonly string[]) {
    return this.findPlain({ childId: { $in: [...new Set(childIds)] } });
  }

  findByChild(childId: string) {
    return this.findPlain({ childId });
  }

  /** Applications of children of a region's subtree (a full scan filtered here: fine at a city's size). */
  ofRegion(regionCode: string) {
    return this.findInRegion(regionCode, {}, { code: 'regionCode' });
  }

  findAllOpen() {
    return this.findPlain({ open: true });
  }

  /**
   * A moved child's applications not yet approved go to the queue and budget of the county it
   * lives in now; approved ones are paid from the budget they reserved, where they were approved.
   */
  async moveChild(childId: string, regionCode: string): Promise<void> {
    await this.changeEach(
      { childId, status: { $in: ['SUBMITTED', 'REVIEWED'] }, regionCode: { $ne: regionCode } },
      { $set: { regionCode, countyCode: countyOf(regionCode) } },
    );
  }

  /**
   * Merges carry everything (issue 15): the merged record's applications are the surviving
   * record's (its yearly caps count them), the ones not yet approved in its county.
   */
  async mergeChild(fromChildId: string, intoChildId: string, regionCode: string): Promise<void> {
    await this.reassignChild(fromChildId, intoChildId);
    await this.moveChild(intoChildId, regionCode);
  }

  /**
   * Runs `step` holding the lease of the child's approvals (no document: a key of its own), so
   * that approvals of one child run one at a time across every instance and its yearly cap holds.
   */
  whileApprovingFor<T>(childId: string, step: (guard: LeaseGuard) => Promise<T>): Promise<T> {
    return this.withLease(`approvals-of-child:${childId}`, step);
  }
}
