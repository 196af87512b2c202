import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { ChildRecordsRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { BenefitDocument } from './benefit.schema';

export type Benefit = Plain<BenefitDocument>;

@Injectable()
export class BenefitRepository extends ChildRecordsRepository<BenefitDocument> {
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

  /** Active benefits in a region and the regions below it (the payment roll's candidates). */
  async findActiveIn(regionCode: string): Promise<Benefit[]> {
    return this.findInRegion(regionCode, { status: 'ACTIVE' }, { code: 'regionCode' });
  }

  /** Benefits that are not ended, in a region and below ('' for everywhere). */
  async findOpenIn(regionCode: string): Promise<Benefit[]> {
    const [active, suspended] = await Promise.all([
      this.findInRegion(regionCode, { status: 'ACTIVE' }, { code: 'regionCode' }),
      this.findInRegion(regionCode, { status: 'SUSPENDED' }, { code: 'regionCode' }),
    ]);
    return [...active, ...suspended];
  }

  /** Every benefit in a region and below, whatever its status (the indicators). */
  async findIn(regionCode: string): Promise<Benefit[]> {
    return this.findInRegion(regionCode, {}, { code: 'regionCode' });
  }

  /** The child moved: its benefits not ended are paid by the region it lives in now (its payment rolls). */
  async moveChild(childId: string, regionCode: string): Promise<void> {
    await this.changeEach(
      { childId, status: { $in: ['ACTIVE', 'SUSPENDED'] }, regionCode: { $ne: regionCode } },
      { $set: { regionCode } },
    );
  }
}
