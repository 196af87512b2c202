import { BenefitChangedV1, BenefitEndedV1, BenefitGrantedV1, BenefitSuspendedV1 } from './benefit';

export * from './benefit';

/** Every event the assistance service produces. */
export const assistanceEvents = [
  BenefitGrantedV1,
  BenefitChangedV1,
  BenefitSuspendedV1,
  BenefitEndedV1,
] as const;

export const AssistanceTopics = {
  AssistanceBenefitGrantedV1: BenefitGrantedV1.topic,
  AssistanceBenefitChangedV1: BenefitChangedV1.topic,
  AssistanceBenefitSuspendedV1: BenefitSuspendedV1.topic,
  AssistanceBenefitEndedV1: BenefitEndedV1.topic,
} as const;
