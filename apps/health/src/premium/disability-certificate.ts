import {
  DisabilityCertificateRecordedV1,
  DisabilityCertificateWithdrawnV1,
  type Actor,
  type CertificateWithdrawalReason,
  type DisabilityCertificateRecordedPayload,
} from '@qz/contracts';
import { DomainError, type LocalDate } from '@qz/kernel';
import { outgoingAbout, type OutgoingEvent } from '@qz/messaging';
import type { DisabilityRecord, DisabilityWithdrawal } from '../facts/child-facts.schema';

/** The officer's actor on a certificate event: the DPF when the token names no department. */
const dpfActor = (actor: Actor): Actor => ({ ...actor, department: actor.department ?? 'DPF' });

/**
 * Issue 15 defect 4 / 四(三)2, 三(一)3: the disability certificate is recorded once, by the DPF,
 * here; the registry learns it from this event (the child's DISABLED category, the type and grade
 * in its circumstances) and records none itself. The event goes out in the same write as the
 * record (the outbox of `child_facts`), so the two cannot disagree.
 */
export function disabilityCertificateRecorded(
  child: { id: string; regionCode: string },
  record: DisabilityRecord,
  actor: Actor,
): OutgoingEvent {
  const payload: DisabilityCertificateRecordedPayload = {
    childId: child.id,
    regionCode: child.regionCode,
    type: record.type,
    grade: record.grade,
    certifiedOn: record.certifiedOn,
    recordedBy: record.recordedBy,
  };
  return outgoingAbout(
    DisabilityCertificateRecordedV1,
    { subject: child.id, regionCode: child.regionCode },
    dpfActor(actor),
    record.recordedAt,
    payload,
  );
}

/**
 * A provisional record merged into the real child (registry.child.merged.v1): the certificate the
 * DPF recorded on it goes to the surviving child when that has none, or an older one. The registry
 * applies the same rule to its copy on the same merge (and publishes nothing new for it), so the
 * two stay the same. The record to set on the surviving child, or null for no change.
 */
export function certificateAfterMerge(
  merged: DisabilityRecord | null | undefined,
  surviving: DisabilityRecord | null | undefined,
): DisabilityRecord | null {
  if (!merged) return null;
  if (!surviving) return merged;
  return new Date(merged.recordedAt).getTime() > new Date(surviving.recordedAt).getTime() ? merged : null;
}

/** What a DPF officer enters to withdraw (注销) a certificate. */
export interface WithdrawalRequest {
  withdrawnOn: LocalDate;
  reason: CertificateWithdrawalReason;
  note: string;
  by: string;
  at: Date;
}

/**
 * The withdrawal (注销) of the certificate held, by the DPF, its one keeper: refused when none is
 * recorded (DISABILITY_CERTIFICATE_NOT_RECORDED) or when it would take effect before the date on the
 * certificate (WITHDRAWAL_BEFORE_CERTIFICATE).
 */
export function withdrawalOf(held: DisabilityRecord | null, w: WithdrawalRequest): DisabilityWithdrawal {
  if (!held)
    throw new DomainError(
      'DISABILITY_CERTIFICATE_NOT_RECORDED',
      'input.childId: the DPF has recorded no disability certificate of this child; nothing to withdraw',
      undefined,
      { field: 'input.childId' },
    );
  if (w.withdrawnOn < held.certifiedOn)
    throw new DomainError(
      'WITHDRAWAL_BEFORE_CERTIFICATE',
      `input.withdrawnOn ${w.withdrawnOn} is before the certificate's date ${held.certifiedOn}`,
      undefined,
      { field: 'input.withdrawnOn' },
    );
  return {
    ...held,
    withdrawnOn: w.withdrawnOn,
    reason: w.reason,
    note: w.note,
    withdrawnBy: w.by,
    withdrawnAt: w.at,
  };
}

/** health.disability-certificate.withdrawn.v1, written with the withdrawal (the outbox of `child_facts`). */
export function disabilityCertificateWithdrawn(
  child: { id: string; regionCode: string },
  w: DisabilityWithdrawal,
  actor: Actor,
): OutgoingEvent {
  const about = { subject: child.id, regionCode: child.regionCode };
  return outgoingAbout(DisabilityCertificateWithdrawnV1, about, dpfActor(actor), w.withdrawnAt, {
    childId: child.id,
    regionCode: child.regionCode,
    certifiedOn: w.certifiedOn,
    withdrawnOn: w.withdrawnOn,
    reason: w.reason,
    note: w.note,
    recordedBy: w.withdrawnBy,
  });
}
