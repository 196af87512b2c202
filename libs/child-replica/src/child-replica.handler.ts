import { Injectable } from '@nestjs/common';
import { ChildRegisteredV1, type ChildRegisteredPayload, type Envelope } from '@qz/contracts';
import { EventBatchHandler } from '@qz/messaging/nest';
import { ChildReplicaRepository } from './child-replica.repository';

@Injectable()
export class ChildReplicaHandler {
  constructor(private readonly replicas: ChildReplicaRepository) {}

  /** A chunk of registrations at once: a bulk import's children are created with one insert. */
  @EventBatchHandler(ChildRegisteredV1)
  async onChildRegistered(events: Envelope<ChildRegisteredPayload>[]): Promise<void> {
    await this.replicas.applyRegisteredMany(events, new Date());
  }
}
