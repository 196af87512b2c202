import { Injectable } from '@nestjs/common';
import { ChildRegisteredV1, type ChildRegisteredPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { ChildReplicaRepository } from './child-replica.repository';

@Injectable()
export class ChildReplicaHandler {
  constructor(private readonly replicas: ChildReplicaRepository) {}

  @EventHandler(ChildRegisteredV1)
  async onChildRegistered(event: Envelope<ChildRegisteredPayload>): Promise<void> {
    await this.replicas.applyRegistered(event, new Date());
  }
}
