import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@qz/messaging';
import { ChildRecordsRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { AidProposalDocument, type AidStatus } from './aid.schema';

export type AidProposalRecord = Plain<AidProposalDocument>;

@Injectable()
export class AidRepository extends ChildRecordsRepository<AidProposalDocument> {
  constructor(@InjectModel(AidProposalDocument.name) model: Model<AidProposalDocument>) {
    super(model);
  }

  /** Creates the proposal unless it exists; a withdrawn one is proposed again. */
  async propose(doc: AidProposalDocument): Promise<void> {
    const c = this.model.collection;
    if (await insertOnce(c, doc)) return;
    await this.withLease(doc._id, () =>
      c.updateOne({ _id: doc._id, status: 'WITHDRAWN' } as never, {
        $set: { status: 'PROPOSED', basis: doc.basis, proposedAt: doc.proposedAt, withdrawnReason: null },
      }),
    );
  }

  /** Sets the status if it is still `from`; false when it was not (decided meanwhile). */
  async transition(id: string, from: AidStatus, $set: Partial<AidProposalDocument>): Promise<boolean> {
    const c = this.model.collection;
    // Most classifications find no proposal to withdraw: one read then, not a lease and a write.
    if (!(await c.findOne({ _id: id, status: from } as never, { projection: { _id: 1 } }))) return false;
    const r = await this.withLease(id, () => c.updateOne({ _id: id, status: from } as never, { $set }));
    return r.matchedCount > 0;
  }

  /** Names the window part on a confirmed proposal that names none yet; false when it did not. */
  async linkWindowPart(id: string, windowPartId: string | null, from: string | null): Promise<boolean> {
    const c = this.model.collection;
    const r = await this.withLease(id, () =>
      c.updateOne({ _id: id, status: 'CONFIRMED', windowPartId: from } as never, { $set: { windowPartId } }),
    );
    return r.matchedCount > 0;
  }

  ofChildren(childIds: readonly string[]) {
    return this.findPlain({ childId: { $in: [...childIds] } });
  }

  inRegion(regionCode: string, status: AidStatus | null) {
    return this.findInRegion(regionCode, status ? { status } : {});
  }

  /** The child moved: its proposals are listed under the new region (each proposal under its lease). */
  async moveChild(childId: string, regionPath: string[]): Promise<void> {
    await this.changeEach({ childId }, { $set: { regionPath } });
  }
}
