import { Injectable } from '@nestjs/common';
import { ChildClassifiedV1, type ChildClassifiedPayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { ProposalService } from './proposal.service';

@Injectable()
export class ClassificationHandler {
  constructor(private readonly proposals: ProposalService) {}

  /** The registry (re)classified a child: propose what the child now qualifies for (四(三)1). */
  @EventHandler(ChildClassifiedV1)
  async onChildClassified(event: Envelope<ChildClassifiedPayload>): Promise<void> {
    await this.proposals.onClassified(event);
  }
}
