import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { DetentionErrors } from './detention.errors';
import { DetainedParentDocument } from './detention.schema';

export type DetainedParent = Plain<DetainedParentDocument>;

@Injectable()
export class DetainedParentRepository extends BaseRepository<DetainedParentDocument> {
  constructor(@InjectModel(DetainedParentDocument.name) model: Model<DetainedParentDocument>) {
    super(model);
  }

  async get(id: string) {
    const found = await this.findById(id);
    if (!found) throw DetentionErrors.notFound(id);
    return found;
  }

  /** One write: the record with every child's arrangement and care task (no partial record). */
  async add(doc: DetainedParentDocument) {
    await this.insertWithEvents(doc, []);
    return this.get(doc._id);
  }

  /** The records with a care task still open in a region's subtree, oldest first. */
  async withOpenTasks(regionCode: string) {
    const found = await this.findPlain({ openTaskRegions: regionCode });
    return found.sort((a, b) => a.id.localeCompare(b.id));
  }
}
