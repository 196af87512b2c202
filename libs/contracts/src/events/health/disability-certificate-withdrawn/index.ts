import { z } from 'zod';
import { localDateSchema, regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';

/**
 * Why the DPF withdrew (注销) a certificate: a re-assessment found the child no longer disabled in
 * the standard's sense, or it was issued in error; OTHER says why in the note.
 */
export const CERTIFICATE_WITHDRAWAL_REASONS = [
  'REASSESSED_NOT_DISABLED',
  'ISSUED_IN_ERROR',
  'OTHER',
] as const;
export type CertificateWithdrawalReason = (typeof CERTIFICATE_WITHDRAWAL_REASONS)[number];

/**
 * A DPF officer withdrew (注销) the child's disability certificate in the health service, the one
 * keeper of it: the registry takes it out of the child's circumstances (the DISABLED category goes
 * when nothing else gives it, 三(一)3), and health's own rules stop reading it (rehabilitation,
 * the severe-disability premium subsidy) in the same write as this event.
 */
export const disabilityCertificateWithdrawnPayload = z.object({
  childId: z.string().min(1).max(64),
  regionCode: regionCodeSchema,
  /** The date on the certificate withdrawn (which record this was). */
  certifiedOn: localDateSchema,
  /** The day the withdrawal takes effect. */
  withdrawnOn: localDateSchema,
  reason: z.enum(CERTIFICATE_WITHDRAWAL_REASONS),
  note: z.string().min(1).max(500),
  /** The DPF officer who withdrew it (user id). */
  recordedBy: z.string().min(1).max(128),
});
export type DisabilityCertificateWithdrawnPayload = z.infer<typeof disabilityCertificateWithdrawnPayload>;

export const DisabilityCertificateWithdrawnV1 = defineEvent({
  producer: 'health',
  entity: 'disability-certificate',
  verb: 'withdrawn',
  version: 1,
  payload: disabilityCertificateWithdrawnPayload,
});
