import { z } from 'zod';
import { localDateSchema, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * The disability types a DPF officer records from a certificate (残疾人证): those of
 * rehabilitation assistance (四(三)2), autism included.
 */
export const CERTIFIED_DISABILITY_TYPES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'INTELLECTUAL',
  'PHYSICAL',
  'AUTISM',
] as const;
export type CertifiedDisabilityType = (typeof CERTIFIED_DISABILITY_TYPES)[number];

/**
 * A DPF officer recorded a child's disability certificate in the health service (or corrected
 * it: the latest record is the certificate). The DPF issues the certificate and is its one
 * keeper; the registry takes it into the child's circumstances (DISABLED, 三(一)3) and never
 * records one itself (issue 15 defect 4).
 */
export const disabilityCertificateRecordedPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  type: z.enum(CERTIFIED_DISABILITY_TYPES),
  /** 1 (most severe) to 4; grades 1 and 2 are 重残. */
  grade: z.number().int().min(1).max(4),
  /** The date on the certificate. */
  certifiedOn: localDateSchema,
  /** The DPF officer who recorded it (user id). */
  recordedBy: z.string().min(1).max(128),
});
export type DisabilityCertificateRecordedPayload = z.infer<typeof disabilityCertificateRecordedPayload>;

export const DisabilityCertificateRecordedV1 = defineEvent({
  producer: 'health',
  entity: 'disability-certificate',
  verb: 'recorded',
  version: 1,
  payload: disabilityCertificateRecordedPayload,
});
