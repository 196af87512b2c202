import { Injectable } from '@nestjs/common';
import { isWithin } from '@qz/kernel';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { BenefitDocument } from './benefit.schema';

export type Benefit = Plain<BenefitDocument>;

@Injectable()
export class BenefitRepository extends BaseRepository<BenefitDocument> {
  constructor(
    @InjectModel(BenefitDocument.name) model: Model<BenefitDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  /** Stores a new benefit and its BenefitGranted event in one write; `onDuplicate` for a known id. */
  insert(benefit: BenefitDocument, events: OutgoingEvent[], onDuplicate: () => Error) {
    return this.insertWithEvents(benefit, events, onDuplicate);
  }

  /** Changes a benefit still at `revision`, with its events, in one write; false if changed meanwhile. */
  updateAtRevision(
    id: string,
    revision: number,
    change: { $set?: object; $push?: object },
    events: OutgoingEvent[],
  ) {
    return this.updateWithEvents({ _id: id, revision }, { ...change, $inc: { revision: 1 } }, events);
  }

  findByChild(childId: string): Promise<Benefit[]> {
    return this.findPlain({ childId });
  }

  /** Each child's, for many children in one store query (the graph's DataLoader batch). */
  async findByChildren(childIds: readonly string[]): Promise<Benefit[][]> {
    const all = await this.findPlain({ childId: { $in: [...new Set(childIds)] } });
    return childIds.map((id) => all.filter((x) => x.childId === id));
  }

  /** Active benefits in a region and the regions below it (the payment roll's candidates). */
  async findActiveIn(regionCode: string): Promise<Benefit[]> {
    return (await this.findPlain({ status: 'ACTIVE' })).filter((b) => isWithin(b.regionCode, regionCode));
  }

  /** Benefits that are not ended, in a region and below ('' for everywhere). */
  async findOpenIn(regionCode: string): Promise<Benefit[]> {
    const [active, suspended] = await Promise.all([
      this.findPlain({ status: 'ACTIVE' }),
      this.findPlain({ status: 'SUSPENDED' }),
    ]);
    return [...active, ...suspended].filter((b) => !regionCode || isWithin(b.regionCode, regionCode));
  }

  /** Every benefit in a region and below, whatever its status (the indicators). */
  async findIn(regionCode: string): Promise<Benefit[]> {
    return (await this.findPlain({})).filter((b) => isWithin(b.regionCode, regionCode));
  }
}
