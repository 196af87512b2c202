import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { ChildRecordsRepository, type Plain } from '@qz/persistence';
import { OutboxNotifierService } from '@qz/messaging/nest';
import type { Model } from 'mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { WindowPartDocument, type WindowPartDecision, type WindowPartStatus } from './window-part.schema';

export type WindowPart = Plain<WindowPartDocument>;

const DUPLICATE = new Error('window part already received');

@Injectable()
export class WindowPartRepository extends ChildRecordsRepository<WindowPartDocument> {
  constructor(
    @InjectModel(WindowPartDocument.name) model: Model<WindowPartDocument>,
    notifier: OutboxNotifierService,
  ) {
    super(model, notifier);
  }

  /** Stores an arrived part (with its automatic decision's event) once; false when already there. */
  async receive(doc: WindowPartDocument, events: OutgoingEvent[]): Promise<boolean> {
    try {
      await this.insertWithEvents(doc, events, () => DUPLICATE);
      return true;
    } catch (error) {
      if (error === DUPLICATE) return false;
      throw error;
    }
  }

  /** A region's parts with a status, in arrival order (the ids are the applications' time-ordered ids). */
  async inRegion(regionCode: string, status: WindowPartStatus): Promise<WindowPart[]> {
    const parts = await this.findInRegion(regionCode, { status });
    return parts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** A child's pending parts. */
  pendingOfChild(childId: string): Promise<WindowPart[]> {
    return this.findPlain({ childId, status: 'PENDING' });
  }

  /** Decides a pending part with its event in one write; false when it was no longer pending. */
  decide(id: string, decision: WindowPartDecision, events: OutgoingEvent[]) {
    return this.updateWithEvents(
      { _id: id, status: 'PENDING' },
      { $set: { status: decision.approved ? 'APPROVED' : 'REJECTED', decision } },
      events,
    );
  }

  /** A moved child's pending parts are listed for the new region's staff. */
  moveChild(childId: string, regionCode: string, regionPath: string[]): Promise<void> {
    return this.moveToRegion({ childId, status: 'PENDING' }, regionCode, regionPath);
  }
}
