import { Injectable } from '@nestjs/common';
import { ChildClassifiedV1, type ChildClassifiedPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { AidService } from '../aid/aid.service';
import { ChildCategoriesRepository } from './child-categories.repository';

/** Consumes the registry's classification: keeps the categories, proposes education aid (四(三)3). */
@Injectable()
export class ChildClassifiedHandler {
  constructor(
    private readonly categories: ChildCategoriesRepository,
    private readonly aid: AidService,
  ) {}

  @EventHandler(ChildClassifiedV1)
  async onChildClassified(event: Envelope<ChildClassifiedPayload>): Promise<void> {
    await this.categories.apply(event);
    // Idempotent on its own (one proposal per child and kind), so it also runs on a redelivery
    // whose first delivery stopped between the two writes.
    await this.aid.proposeFor(event);
  }
}
