import { ChildFoundLivingAloneV1, type Actor } from '@qz/contracts';
import { ageInYears, type LocalDate } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { childEvent } from '../children/child-event';
import type { LivingArrangementRecord } from '../children/child.schema';
import { livingAloneIsAlert } from './guardianship.rules';

/**
 * The child's living-arrangement record after a finding (a mutation or a visit), and the
 * ChildFoundLivingAlone alert for police when a child under 16 lives alone (四(一)1, 四(二)3).
 */
export function livingArrangementAfter(
  child: { id: string; regionCode: string; birthDate: LocalDate },
  finding: { livingAlone: boolean; recordedOn: LocalDate; source: string; address: string | null },
  actor: Actor,
  at: Date,
): { livingArrangement: LivingArrangementRecord; events: OutgoingEvent[] } {
  const livingArrangement: LivingArrangementRecord = {
    livingAlone: finding.livingAlone,
    recordedOn: finding.recordedOn,
    source: finding.source.trim(),
    address: finding.address?.trim() || null,
    recordedBy: actor.id,
  };
  const events: OutgoingEvent[] = [];
  if (finding.livingAlone && livingAloneIsAlert(child.birthDate, finding.recordedOn)) {
    events.push(
      childEvent(ChildFoundLivingAloneV1, child, actor, at, {
        childId: child.id,
        regionCode: child.regionCode,
        ageInYears: ageInYears(child.birthDate, finding.recordedOn),
        recordedOn: finding.recordedOn,
        source: livingArrangement.source,
        address: livingArrangement.address,
      }),
    );
  }
  return { livingArrangement, events };
}
