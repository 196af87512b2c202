import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { OutgoingEvent } from '@qz/messaging';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { BaseRepository } from '@qz/persistence';
import type { Model } from 'mongoose';
import { ChildErrors } from './child.errors';
import { ChildDocument } from './child.schema';

@Injectable()
export class ChildRepository extends BaseRepository<ChildDocument> {
  constructor(@InjectModel(ChildDocument.name) model: Model<ChildDocument>, notifier: OutboxNotifierService) {
    super(model, notifier);
  }

  /** Stores a new child and its ChildRegistered event in one write; a known ID number is refused. */
  register(child: ChildDocument, events: OutgoingEvent[]) {
    return this.insertWithEvents(child, events, () => ChildErrors.alreadyRegistered());
  }
}
