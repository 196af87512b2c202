import type { Envelope } from '@qz/contracts';
import { applyEventToChild } from '../children/apply-event';
import type { ChildRepository } from '../children/child.repository';
import { NO_STORED_CIRCUMSTANCES, type StoredCircumstances } from './circumstances';
import type { ClassificationService } from './classification.service';

/**
 * Another department's event about a child changes what the ledger records of it: `decide` gives
 * the circumstances after it from those recorded (null: nothing to change), and the child is
 * reclassified — history entry, ChildUpdated and ChildClassified in one write. Once per event; an
 * event about a merged record goes to the record it was merged into.
 */
export function changeCircumstancesOnEvent(
  services: { children: ChildRepository; classification: ClassificationService },
  e: Envelope<{ childId: string }>,
  department: string,
  decide: (recorded: StoredCircumstances) => StoredCircumstances | null,
  reason: string,
) {
  const actor = { kind: 'system' as const, id: `event:${e.producer}`, department };
  return applyEventToChild(services.children, e.payload.childId, e.id, (child) => {
    const recorded = { ...NO_STORED_CIRCUMSTANCES, ...child.circumstances };
    const circumstances = decide(recorded);
    if (!circumstances) return null;
    return services.classification.changeOnEvent(child, recorded, circumstances, reason, actor);
  });
}
