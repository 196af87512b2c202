import { Injectable } from '@nestjs/common';
import { isWithin } from '@qz/kernel';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ApplicationDocument } from './application.schema';

export type Application = Plain<ApplicationDocument>;

@Injectable()
export class ApplicationRepository extends BaseRepository<ApplicationDocument> {
  constructor(
    @InjectModel(ApplicationDocument.name) model: Model<ApplicationDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  insert(application: ApplicationDocument) {
    return this.insertWithEvents(application, []);
  }

  /** Changes an application still at `revision`, with its events; false if changed meanwhile. */
  updateAtRevision(
    id: string,
    revision: number,
    change: { $set?: object; $push?: object },
    events: OutgoingEvent[],
  ) {
    return this.updateWithEvents({ _id: id, revision }, { ...change, $inc: { revision: 1 } }, events);
  }

  async findByChildren(childIds: readonly string[]): Promise<Application[][]> {
    const all = await this.findPlain({ childId: { $in: [...new Set(childIds)] } });
    return childIds.map((id) => all.filter((a) => a.childId === id));
  }

  findByTownship(townshipCode: string): Promise<Application[]> {
    return this.findPlain({ townshipCode });
  }

  /** Applications waiting for a step, received at windows in a region and below. */
  async findOpenIn(regionCode: string): Promise<Application[]> {
    const [received, reviewed] = await Promise.all([
      this.findPlain({ status: 'RECEIVED' }),
      this.findPlain({ status: 'REVIEWED' }),
    ]);
    return [...received, ...reviewed].filter((a) => isWithin(a.townshipCode, regionCode));
  }

  /** Reviewed applications (their parts routed) whose child lives in a region and below. */
  async findRoutedIn(regionCode: string): Promise<Application[]> {
    const all = [
      ...(await this.findPlain({ status: 'REVIEWED' })),
      ...(await this.findPlain({ status: 'APPROVED' })),
      ...(await this.findPlain({ status: 'REJECTED' })),
    ];
    return all.filter((a) => isWithin(a.regionCode, regionCode));
  }

  /** Every application received at a window in a region and below (the indicators). */
  async findReceivedAtWindowsIn(regionCode: string): Promise<Application[]> {
    return (await this.findPlain({})).filter((a) => isWithin(a.townshipCode, regionCode));
  }
}
