import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { withWriteLock } from '@qz/messaging';
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
    return (await this.findPlain({})).filter((a) => a.regionCode.startsWith(regionCode));
  }

  findAllOpen() {
    return this.findPlain({ open: true });
  }

  /** Changes an application still at `revision`; false when someone changed it meanwhile. */
  updateAtRevision(id: string, revision: number, change: { $set: object; $push?: object }) {
    return withWriteLock(this.model.collection, async () => {
      const r = await this.model.collection.updateOne(
        { _id: id, revision } as never,
        { ...change, $inc: { revision: 1 } } as never,
      );
      return r.matchedCount > 0;
    });
  }
}
