import { ApplicationPartRoutedV1 } from './application-part-routed';
import { BenefitChangedV1, BenefitEndedV1, BenefitGrantedV1, BenefitSuspendedV1 } from './benefit';

export * from './benefit';
export * from './application-part-routed';

/** Every event the assistance service produces. */
export const assistanceEvents = [
  BenefitGrantedV1,
  BenefitChangedV1,
  BenefitSuspendedV1,
  BenefitEndedV1,
  ApplicationPartRoutedV1,
] as const;

export const AssistanceTopics = {
  AssistanceBenefitGrantedV1: BenefitGrantedV1.topic,
  AssistanceBenefitChangedV1: BenefitChangedV1.topic,
  AssistanceBenefitSuspendedV1: BenefitSuspendedV1.topic,
  AssistanceBenefitEndedV1: BenefitEndedV1.topic,
  AssistanceApplicationPartRoutedV1: ApplicationPartRoutedV1.topic,
} as const;
