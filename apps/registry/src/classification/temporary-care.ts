import type { TemporaryCareEndedPayload, TemporaryCareStartedPayload } from '@qz/contracts';
import type { StoredCircumstances } from './circumstances';

/**
 * 四(二)3 临时照料, 四(一) category 4 (临时失去家庭依靠): a child police took into an institution's
 * temporary care is temporarily without family support. The child's circumstances with it, or
 * null when the ledger holds it already (nothing to change).
 */
export function circumstancesInTemporaryCare(recorded: StoredCircumstances): StoredCircumstances | null {
  return recorded.temporarilyWithoutFamily ? null : { ...recorded, temporarilyWithoutFamily: true };
}

/** The history's reason: where the child is, on whose handover, and the rule. */
export const temporaryCareReason = (p: TemporaryCareStartedPayload) =>
  `police took the child into the temporary care of ${p.institution} on ${p.startedAt.slice(0, 10)} ` +
  `(written handover ${p.handoverDocument}, case ${p.caseId}): temporarily without family support (四(二)3, 四(一)4)`;

/**
 * 四(二)3: temporary care ended. A child handed back to its parents or guardian, or to a relative or
 * entrusted guardian who takes on the care, has family support again (no longer 四(一)4); one
 * taken into civil affairs' custody still has none, and nothing changes. Null: nothing to change.
 */
export function circumstancesAfterTemporaryCare(
  recorded: StoredCircumstances,
  ended: Pick<TemporaryCareEndedPayload, 'outcome'>,
): StoredCircumstances | null {
  if (ended.outcome === 'CIVIL_AFFAIRS_CUSTODY' || !recorded.temporarilyWithoutFamily) return null;
  return { ...recorded, temporarilyWithoutFamily: false };
}

/** The history's reason: to whom the child went, on whose handover, and the rule. */
export const temporaryCareEndReason = (p: TemporaryCareEndedPayload) =>
  `police ended the child's temporary care on ${p.endedAt.slice(0, 10)}: handed to ${p.handedTo} ` +
  `(${p.outcome}, written handover ${p.handoverDocument}, case ${p.caseId}): family support again (四(二)3, 四(一)4)`;
