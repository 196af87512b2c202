import {
  certifiedTypeOf,
  type DisabilityCertificateRecordedPayload,
  type DisabilityCertificateWithdrawnPayload,
} from '@qz/contracts';
import type { StoredCircumstances } from './circumstances';

/**
 * Issue 15 defect 4 / 四(三)2, 三(一)3: the disability certificate is recorded once, by the DPF (in
 * the health service), and the ledger learns it by event. The child's circumstances with the
 * certificate the DPF recorded (held, its type and grade, its date), or null when the ledger
 * already holds a record the DPF made later (an older event arriving late changes nothing).
 */
export function circumstancesWithCertificate(
  recorded: StoredCircumstances,
  certificate: DisabilityCertificateRecordedPayload,
  recordedAt: string,
): StoredCircumstances | null {
  const held = recorded.disability?.recordedAt;
  if (held && Date.parse(held) > Date.parse(recordedAt)) return null;
  return {
    ...recorded,
    disabilityCertificate: true,
    disability: {
      type: certifiedTypeOf(certificate.type),
      grade: certificate.grade,
      certifiedOn: certificate.certifiedOn,
      recordedAt,
    },
  };
}

/** The history's reason for the change: what the DPF recorded, and the rule. */
export const certificateReason = (c: DisabilityCertificateRecordedPayload) =>
  `the DPF recorded a disability certificate (${c.type}, grade ${c.grade}, of ${c.certifiedOn}) in the ` +
  `health service (三(一)3; issue 15: recorded once, by the DPF)`;

/**
 * 三(一)3: the DPF withdrew (注销) the certificate: the child's circumstances without it (the
 * DISABLED category goes unless something else gives it), or null when there is nothing to take
 * out — no certificate held, or one the DPF recorded after this withdrawal (a later certificate).
 */
export function circumstancesWithoutCertificate(
  recorded: StoredCircumstances,
  withdrawal: DisabilityCertificateWithdrawnPayload,
  withdrawnAt: string,
): StoredCircumstances | null {
  if (!recorded.disabilityCertificate && !recorded.disability) return null;
  const held = recorded.disability?.recordedAt;
  if (held && Date.parse(held) > Date.parse(withdrawnAt)) return null;
  return { ...recorded, disabilityCertificate: false, disability: null };
}

/** The history's reason for the change: the withdrawal, its ground and the rule. */
export const withdrawalReason = (w: DisabilityCertificateWithdrawnPayload) =>
  `the DPF withdrew (注销) the disability certificate of ${w.certifiedOn} on ${w.withdrawnOn} ` +
  `(${w.reason}: ${w.note}) in the health service (三(一)3)`;
