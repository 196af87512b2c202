import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { BudgetDocument, type LimitChange } from './budget.schema';

export type Budget = Plain<BudgetDocument>;

export type Reservation =
  | { outcome: 'reserved' | 'already-reserved'; budget: Budget }
  | { outcome: 'exceeded'; budget: Budget }
  | { outcome: 'missing' };

const MAX_RACES = 5;

@Injectable()
export class BudgetRepository extends BaseRepository<BudgetDocument> {
  constructor(@InjectModel(BudgetDocument.name) model: Model<BudgetDocument>) {
    super(model);
  }

  private get collection() {
    return this.model.collection;
  }

  findAllBudgets() {
    return this.findPlain({});
  }

  /**
   * Reserves `amountFen` for an application, never passing the limit: one conditional update
   * (`usedFen <= limitFen - amount`, the application not yet reserved) adds the amount and the
   * reservation together. FerretDB 1.x does not isolate concurrent updates of one document, so
   * the update also runs under the budget's write lease (every instance); on MongoDB the
   * conditional update alone is atomic. A repeat for the same application reserves nothing more.
   */
  reserve(id: string, applicationId: string, amountFen: number): Promise<Reservation> {
    return this.withLease(id, async (guard) => {
      for (let race = 0; race < MAX_RACES; race++) {
        const budget = await this.findById(id);
        if (!budget) return { outcome: 'missing' };
        if (budget.reservations?.[applicationId] !== undefined)
          return { outcome: 'already-reserved', budget };
        guard();
        const result = await this.collection.updateOne(
          {
            _id: id,
            limitFen: budget.limitFen,
            usedFen: { $lte: budget.limitFen - amountFen },
            [`reservations.${applicationId}`]: { $exists: false },
          } as never,
          { $inc: { usedFen: amountFen }, $set: { [`reservations.${applicationId}`]: amountFen } } as never,
        );
        if (result.matchedCount) return { outcome: 'reserved', budget: (await this.findById(id)) as Budget };
        const now = await this.findById(id);
        if (now && now.limitFen === budget.limitFen && now.usedFen + amountFen > now.limitFen) {
          return { outcome: 'exceeded', budget: now };
        }
        // The limit or the reservations changed between the read and the update (another process): again.
      }
      return { outcome: 'exceeded', budget: (await this.findById(id)) as Budget };
    });
  }

  /** Gives back an application's reservation (its approval could not be recorded). */
  release(id: string, applicationId: string, amountFen: number): Promise<unknown> {
    return this.withLease(id, () =>
      this.collection.updateOne(
        { _id: id, [`reservations.${applicationId}`]: amountFen } as never,
        { $inc: { usedFen: -amountFen }, $unset: { [`reservations.${applicationId}`]: '' } } as never,
      ),
    );
  }

  /** Records a payment once per application. */
  disburse(id: string, applicationId: string, amountFen: number): Promise<unknown> {
    return this.withLease(id, () =>
      this.collection.updateOne(
        { _id: id, [`disbursements.${applicationId}`]: { $exists: false } } as never,
        {
          $inc: { disbursedFen: amountFen },
          $set: { [`disbursements.${applicationId}`]: amountFen },
        } as never,
      ),
    );
  }

  undoDisbursement(id: string, applicationId: string, amountFen: number): Promise<unknown> {
    return this.withLease(id, () =>
      this.collection.updateOne(
        { _id: id, [`disbursements.${applicationId}`]: amountFen } as never,
        { $inc: { disbursedFen: -amountFen }, $unset: { [`disbursements.${applicationId}`]: '' } } as never,
      ),
    );
  }

  /**
   * Sets the limit: a new budget, or a change that keeps the limit at or above what approvals
   * have reserved (checked in the same conditional update). Returns false when it would not.
   */
  setLimit(
    doc: Pick<BudgetDocument, '_id' | 'regionCode' | 'programme' | 'year'>,
    change: LimitChange,
  ): Promise<boolean> {
    return this.withLease(doc._id, async () => {
      const r = await this.collection.updateOne(
        { _id: doc._id, usedFen: { $lte: change.limitFen } } as never,
        { $set: { limitFen: change.limitFen }, $push: { limitHistory: change } } as never,
      );
      if (r.matchedCount) return true;
      if (await this.findById(doc._id)) return false;
      try {
        await this.collection.insertOne({
          ...doc,
          limitFen: change.limitFen,
          usedFen: 0,
          disbursedFen: 0,
          reservations: {},
          disbursements: {},
          limitHistory: [change],
        } as never);
        return true;
      } catch (error) {
        if (isDuplicateKeyError(error)) return false;
        throw error;
      }
    });
  }
}
