import { Injectable } from '@nestjs/common';
import { isWithin } from '@qz/kernel';
import { InjectModel } from '@nestjs/mongoose';
import type { LeaseGuard } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ApplicationDocument } from './application.schema';

export type Application = Plain<ApplicationDocument>;

@Injectable()
export class ApplicationRepository extends BaseRepository<ApplicationDocument> {
  constructor(@InjectModel(ApplicationDocument.name) model: Model<ApplicationDocument>) {
    super(model);
  }

  async add(doc: ApplicationDocument): Promise<Application> {
    return this.insertWithEvents(doc, []);
  }

  findByChildIds(childIds: readonly string[]) {
    return this.findPlain({ childId: { $in: [...new Set(childIds)] } });
  }

  findByChild(childId: string) {
    return this.findPlain({ childId });
  }

  /** Applications of children of a region's subtree (a full scan filtered here: fine at a city's size). */
  async findInRegion(regionCode: string) {
    return (await this.findPlain({})).filter((a) => isWithin(a.regionCode, regionCode));
  }

  findAllOpen() {
    return this.findPlain({ open: true });
  }

  /**
   * Runs `step` holding the lease of the child's approvals (no document: a key of its own), so
   * that approvals of one child run one at a time across every instance and its yearly cap holds.
   */
  whileApprovingFor<T>(childId: string, step: (guard: LeaseGuard) => Promise<T>): Promise<T> {
    return this.withLease(`approvals-of-child:${childId}`, step);
  }

  /** Changes an application still at `revision`; false when someone changed it meanwhile. */
  updateAtRevision(id: string, revision: number, change: { $set: object; $push?: object }) {
    return this.withLease(id, async () => {
      const r = await this.model.collection.updateOne(
        { _id: id, revision } as never,
        { ...change, $inc: { revision: 1 } } as never,
      );
      return r.matchedCount > 0;
    });
  }
}
