import { createEvent, type Actor, type EventContract, type BenefitPayload } from '@qz/contracts';
import { outgoing, type OutgoingEvent } from '@qz/messaging';
import type { BenefitDocument } from './benefit.schema';

type BenefitState = Pick<
  BenefitDocument,
  '_id' | 'childId' | 'programme' | 'regionCode' | 'status' | 'monthlyAmountFen' | 'startDate' | 'endDate'
>;

/** A benefit event (granted, changed, suspended, ended) carrying the benefit as it stands after the change. */
export function benefitEvent(
  contract: EventContract<BenefitPayload>,
  benefit: BenefitState,
  change: { reason: string; effectiveDate: string; actor: Actor; at: Date },
): OutgoingEvent {
  return outgoing(
    contract.topic,
    createEvent(contract, {
      subject: benefit.childId,
      regionCode: benefit.regionCode,
      actor: change.actor,
      occurredAt: change.at,
      payload: {
        benefitId: benefit._id,
        childId: benefit.childId,
        programme: benefit.programme,
        regionCode: benefit.regionCode,
        status: benefit.status,
        monthlyAmountFen: benefit.monthlyAmountFen,
        startDate: benefit.startDate,
        endDate: benefit.endDate,
        reason: change.reason,
        effectiveDate: change.effectiveDate,
      },
    }),
  );
}
