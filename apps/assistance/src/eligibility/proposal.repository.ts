import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@qz/messaging';
import { ChildRecordsRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ProposalDocument, type ProposalStatus } from './proposal.schema';

export type Proposal = Plain<ProposalDocument>;

@Injectable()
export class ProposalRepository extends ChildRecordsRepository<ProposalDocument> {
  constructor(@InjectModel(ProposalDocument.name) model: Model<ProposalDocument>) {
    super(model);
  }

  /** Stores a proposal unless one with its id exists (a redelivered event); false then. */
  propose(proposal: ProposalDocument): Promise<boolean> {
    return insertOnce(this.model.collection, proposal);
  }

  async findIn(regionCode: string, status?: ProposalStatus): Promise<Proposal[]> {
    return this.findInRegion(regionCode, status ? { status } : {}, { code: 'regionCode' });
  }

  /** Decides a proposal that is still pending; false when it was decided meanwhile. */
  decide(
    id: string,
    decision: {
      status: ProposalStatus;
      decidedAt: Date;
      decidedBy: string;
      decisionReason: string;
      benefitId?: string;
    },
  ): Promise<boolean> {
    return this.updateWithEvents({ _id: id, status: 'PENDING' }, { $set: decision }, []);
  }

  /** The child moved: its proposals are listed under the region it lives in now. */
  async moveChild(childId: string, regionCode: string): Promise<void> {
    await this.changeEach({ childId, regionCode: { $ne: regionCode } }, { $set: { regionCode } });
  }
}
