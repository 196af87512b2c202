import {
  createEvent,
  DisabilityCertificateRecordedV1,
  type Actor,
  type DisabilityCertificateRecordedPayload,
} from '@qz/contracts';
import { outgoing, type OutgoingEvent } from '@qz/messaging';
import type { DisabilityRecord } from '../facts/child-facts.schema';

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
  return outgoing(
    DisabilityCertificateRecordedV1.topic,
    createEvent(DisabilityCertificateRecordedV1, {
      subject: child.id,
      regionCode: child.regionCode,
      actor: { ...actor, department: actor.department ?? 'DPF' },
      occurredAt: record.recordedAt,
      payload,
    }),
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
