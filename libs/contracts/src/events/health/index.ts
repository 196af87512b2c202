import { DisabilityCertificateRecordedV1 } from './disability-certificate-recorded';
import { DisabilityCertificateWithdrawnV1 } from './disability-certificate-withdrawn';

export * from './disability-certificate-recorded';
export * from './disability-certificate-withdrawn';

/**
 * The health service's own events (its plan-item completions and one-window decisions are defined
 * with the other departments', in plan-item/ and application-part/).
 */
export const healthEvents = [DisabilityCertificateRecordedV1, DisabilityCertificateWithdrawnV1] as const;

export const HealthTopics = {
  HealthDisabilityCertificateRecordedV1: DisabilityCertificateRecordedV1.topic,
  HealthDisabilityCertificateWithdrawnV1: DisabilityCertificateWithdrawnV1.topic,
} as const;
