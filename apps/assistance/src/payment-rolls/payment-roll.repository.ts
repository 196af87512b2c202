import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { PaymentDocument, PaymentRollDocument } from './payment-roll.schema';

export type PaymentRoll = Plain<PaymentRollDocument>;

@Injectable()
export class PaymentRollRepository extends BaseRepository<PaymentRollDocument> {
  constructor(
    @InjectModel(PaymentRollDocument.name) model: Model<PaymentRollDocument>,
    @InjectModel(PaymentDocument.name) private readonly payments: Model<PaymentDocument>,
  ) {
    super(model);
  }

  /** Starts a roll unless it exists; false when another run started it first. */
  start(roll: PaymentRollDocument): Promise<boolean> {
    return insertOnce(this.model.collection, roll);
  }

  /** Writes a payment unless the benefit was already paid for that month (by any roll); false then. */
  pay(payment: PaymentDocument): Promise<boolean> {
    return insertOnce(this.payments.collection, payment);
  }

  async paymentsOf(rollId: string): Promise<PaymentDocument[]> {
    return (await this.payments.collection.find({ rollId }).toArray()) as unknown as PaymentDocument[];
  }

  /** Completes a roll that is still generating. */
  complete(id: string, fields: Pick<PaymentRollDocument, 'lines' | 'totals' | 'totalFen' | 'generatedAt'>) {
    return this.updateWithEvents(
      { _id: id, status: 'GENERATING' },
      { $set: { ...fields, status: 'COMPLETE' } },
      [],
    );
  }

  async findIn(regionCode: string): Promise<PaymentRoll[]> {
    return (await this.findPlain({ regionCode })).sort((a, b) => a.month.localeCompare(b.month));
  }

  /** Every payment made for one of these months, by any roll (the indicators). */
  async paymentsForMonths(months: readonly string[]): Promise<PaymentDocument[]> {
    return (await this.payments.collection
      .find({ month: { $in: [...months] } })
      .toArray()) as unknown as PaymentDocument[];
  }
}
