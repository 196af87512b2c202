import { Injectable } from '@nestjs/common';
import type { OutgoingEvent } from '@qz/messaging';
import { ChildFactsRepository } from './child-facts.repository';
import type { DisabilityRecord, DisabilityWithdrawal } from './child-facts.schema';

/**
 * What health knows of each child (benefits heard of, disability recorded, region). The
 * disability certificate is written only with its event (recordDisability).
 */
@Injectable()
export class ChildFactsService {
  constructor(private readonly facts: ChildFactsRepository) {}

  /** Many children's facts in one store query (the graph's DataLoader batch). */
  getMany(childIds: readonly string[]) {
    return this.facts.getMany(childIds);
  }

  /** The DPF's record of the child's certificate and its event, in one write (the outbox). */
  recordDisability(
    childId: string,
    change: { disability: DisabilityRecord; regionCode: string },
    events: OutgoingEvent[],
  ) {
    return this.facts.recordDisability(childId, change, events);
  }

  /** The DPF's withdrawal (注销) of the certificate held and its event, in one write. */
  withdrawDisability(
    childId: string,
    decide: (held: DisabilityRecord | null) => { withdrawal: DisabilityWithdrawal; events: OutgoingEvent[] },
  ) {
    return this.facts.withdrawDisability(childId, decide);
  }
}
