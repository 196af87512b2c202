import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { PremiumSubsidyDocument, type PremiumDecision } from './premium-subsidy.schema';

export type PremiumSubsidy = Plain<PremiumSubsidyDocument>;

@Injectable()
export class PremiumSubsidyRepository extends BaseRepository<PremiumSubsidyDocument> {
  constructor(@InjectModel(PremiumSubsidyDocument.name) model: Model<PremiumSubsidyDocument>) {
    super(model);
  }

  findByChildIds(childIds: readonly string[]) {
    return this.findPlain({ childId: { $in: [...new Set(childIds)] } });
  }

  /** The first decision of a year; false when someone created it meanwhile. */
  async create(doc: Omit<PremiumSubsidyDocument, 'history' | 'revision'>): Promise<boolean> {
    try {
      await this.insertWithEvents({ ...doc, revision: 1, history: [] }, []);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  /** Replaces the decision still at `revision`, keeping the one it replaces in the history. */
  replace(id: string, revision: number, decision: PremiumDecision, previous: PremiumDecision) {
    return this.withLease(id, async () => {
      const r = await this.model.collection.updateOne(
        { _id: id, revision } as never,
        { $set: decision, $push: { history: previous }, $inc: { revision: 1 } } as never,
      );
      return r.matchedCount > 0;
    });
  }
}
