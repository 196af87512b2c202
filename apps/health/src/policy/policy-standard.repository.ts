import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKeyError } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { PolicyStandardDocument } from './policy-standard.schema';
import type { StandardKind } from './policy.rules';

export type StoredStandard = Plain<PolicyStandardDocument>;

@Injectable()
export class PolicyStandardRepository extends BaseRepository<PolicyStandardDocument> {
  constructor(@InjectModel(PolicyStandardDocument.name) model: Model<PolicyStandardDocument>) {
    super(model);
  }

  findFor(kind: StandardKind, subject: string): Promise<StoredStandard[]> {
    return this.findPlain({ kind, subject });
  }

  findAll(kind?: StandardKind): Promise<StoredStandard[]> {
    return this.findPlain(kind ? { kind } : {});
  }

  async isEmpty(): Promise<boolean> {
    return (await this.model.collection.countDocuments({}, { limit: 1 })) === 0;
  }

  /** Adds a version; false when that version exists already (someone set it meanwhile). */
  async addVersion(doc: PolicyStandardDocument): Promise<boolean> {
    try {
      await this.insertWithEvents(doc, []);
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }
}
