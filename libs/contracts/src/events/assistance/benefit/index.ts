import { defineEvent } from '../../../envelope/event-contract';
import { benefitPayload } from './payload';

export * from './payload';

const benefitEvent = (verb: string) =>
  defineEvent({ producer: 'assistance', entity: 'benefit', verb, version: 1, payload: benefitPayload });

/** A caseworker granted a child a benefit (orphan allowance, 特困 support, dibao, temporary assistance). */
export const BenefitGrantedV1 = benefitEvent('granted');
/** A benefit's amount or term changed (e.g. a new year's standard). */
export const BenefitChangedV1 = benefitEvent('changed');
/** A benefit stopped being paid for a while (e.g. pending review). */
export const BenefitSuspendedV1 = benefitEvent('suspended');
/** A benefit ended for good (the child came of age, was adopted, or the household left dibao). */
export const BenefitEndedV1 = benefitEvent('ended');
