import { Injectable } from '@nestjs/common';
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
   * Runs `step` holding the lease of the child's approvals (no document: a key of its own), so
   * that approvals of one child run one at a time across every instance and its yearly cap holds.
   */
  whileApprovingFor<T>(childId: string, step: (guard: LeaseGuard) => Promise<T>): Promise<T> {
    return this.withLease(`approvals-of-child:${childId}`, step);
  }
}
