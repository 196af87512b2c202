import { z } from 'zod';
import { localDateSchema, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * The categories on a disability certificate (残疾人证, GB/T 26341-2010): 视力 VISION, 听力 HEARING,
 * 言语 SPEECH, 肢体 PHYSICAL, 智力 INTELLECTUAL, 精神 MENTAL, 多重 MULTIPLE. Autism is not one (a
 * child with autism is certified under MENTAL); it is a type of rehabilitation assistance (四(三)2).
 */
export const CERTIFIED_DISABILITY_TYPES = [
  'VISION',
  'HEARING',
  'SPEECH',
  'PHYSICAL',
  'INTELLECTUAL',
  'MENTAL',
  'MULTIPLE',
] as const;
export type CertifiedDisabilityType = (typeof CERTIFIED_DISABILITY_TYPES)[number];

/**
 * What a recorded event may carry: the certificate's categories, and AUTISM in events recorded while
 * the certificate's types were those of rehabilitation (consumers read it as MENTAL,
 * `certifiedTypeOf`). Nothing records AUTISM any more.
 */
const RECORDED_TYPES = [...CERTIFIED_DISABILITY_TYPES, 'AUTISM'] as const;

/** A recorded event's type as a certificate category (AUTISM, recorded before the split: MENTAL). */
export const certifiedTypeOf = (type: (typeof RECORDED_TYPES)[number]): CertifiedDisabilityType =>
  type === 'AUTISM' ? 'MENTAL' : type;

/**
 * A DPF officer recorded a child's disability certificate in the health service (or corrected
 * it: the latest record is the certificate). The DPF issues the certificate and is its one
 * keeper; the registry takes it into the child's circumstances (DISABLED, 三(一)3) and never
 * records one itself (issue 15 defect 4).
 */
export const disabilityCertificateRecordedPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  type: z.enum(RECORDED_TYPES),
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
