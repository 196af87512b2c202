import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { insertOnce } from '@qz/messaging';
import { BaseRepository, type Plain } from '@qz/persistence';
import type { Model } from 'mongoose';
import type { EscalationParty } from './escalation.rules';
import { EscalationDocument, type Acknowledgement } from './escalation.schema';

export type Escalation = Plain<EscalationDocument>;

const AWAITING: Record<EscalationParty, 'awaitingCoordinator' | 'awaitingTownship'> = {
  COORDINATOR: 'awaitingCoordinator',
  TOWNSHIP: 'awaitingTownship',
};

@Injectable()
export class EscalationRepository extends BaseRepository<EscalationDocument> {
  constructor(@InjectModel(EscalationDocument.name) model: Model<EscalationDocument>) {
    super(model);
  }

  /** Stores a new escalation unless its id, or its case and kind, has one already; false then. */
  raise(entry: EscalationDocument): Promise<boolean> {
    return insertOnce(this.model.collection, entry);
  }

  /** One page of a party's queue in a region's subtree, oldest first. */
  awaiting(party: EscalationParty, regionCode: string, first: number, afterId: string | null) {
    return this.findPage({ [AWAITING[party]]: true, regionPath: regionCode }, first, afterId);
  }

  /** Records a party's acknowledgement if that party still owes it; false when it did already. */
  acknowledge(id: string, ack: Acknowledgement): Promise<boolean> {
    const awaiting = AWAITING[ack.party];
    return this.updateWithEvents(
      { _id: id, [awaiting]: true },
      { $set: { [awaiting]: false }, $push: { acknowledgements: ack } },
      [],
    );
  }
}
