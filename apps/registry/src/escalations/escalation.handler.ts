import { Injectable } from '@nestjs/common';
import { DispatchOverdueV1, type DispatchOverduePayload, type Envelope } from '@qz/contracts';
import { EventHandler } from '@qz/messaging/nest';
import { EscalationService } from './escalation.service';

/**
 * police.dispatch.overdue (四(二)3): a first response not dispatched in time goes before the
 * coordinator and the township as an entry each must acknowledge; one per case.
 */
@Injectable()
export class DispatchOverdueHandler {
  constructor(private readonly escalations: EscalationService) {}

  @EventHandler(DispatchOverdueV1)
  async onDispatchOverdue(e: Envelope<DispatchOverduePayload>): Promise<void> {
    await this.escalations.raiseOverdueDispatch(e);
  }
}
