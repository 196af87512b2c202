import type { TemporaryCareStartedPayload } from '@qz/contracts';
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
