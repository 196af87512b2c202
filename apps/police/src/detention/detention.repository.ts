import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { DetentionErrors } from './detention.errors';
import { openTaskRegions } from './detention.rules';
import { DetainedParentDocument } from './detention.schema';
import type { StoredDetaineeChild } from './detention.types';

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

  /**
   * Each record naming the child: `change` gives its children after (null: leave it), written at the
   * record's revision with the open-task regions they make; reloaded and decided again on a conflict.
   */
  async changeChildrenOf(
    childId: string,
    change: (children: StoredDetaineeChild[]) => StoredDetaineeChild[] | null,
  ): Promise<void> {
    for (const { id } of await this.findPlain({ 'children.childId': childId })) {
      for (let attempt = 1; ; attempt += 1) {
        const record = await this.get(id);
        const children = change(record.children);
        if (!children) break;
        const $set = { children, openTaskRegions: openTaskRegions(children) };
        if (await this.updateAtRevision(id, record.revision, { $set })) break;
        if (attempt >= 5) throw DetentionErrors.changedConcurrently(id);
      }
    }
  }
}
