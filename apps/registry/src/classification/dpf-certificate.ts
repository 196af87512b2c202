import type { DisabilityCertificateRecordedPayload } from '@qz/contracts';
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
      type: certificate.type,
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
