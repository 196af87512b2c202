import {
  ChildFoundLivingAloneV1,
  createEvent,
  GuardianshipEscalatedV1,
  GuardianshipLapsedV1,
  MandatoryReportRaisedV1,
  type EventContract,
} from '@qz/contracts';
import { EVENT_HANDLER_METADATA } from '@qz/messaging/nest';
import { IntakeHandler } from './intake.handler';
import type { IntakeService, ReportDraft } from './intake.service';

/** The contracts IntakeHandler's methods are registered for (what the consumer will subscribe to). */
const handled = (): EventContract<unknown>[] =>
  Object.getOwnPropertyNames(IntakeHandler.prototype)
    .map((name) => Reflect.getMetadata(EVENT_HANDLER_METADATA, (IntakeHandler.prototype as any)[name]))
    .filter(Boolean);

describe('rule 四(一)3 / 四(二)2: triage before police — a missing agreement reaches police only when escalated', () => {
  it('police take no guardianship lapse (the gap is the township’s and village’s task), only its escalation', () => {
    expect(handled()).not.toContain(GuardianshipLapsedV1);
    expect(handled()).toEqual(
      expect.arrayContaining([GuardianshipEscalatedV1, ChildFoundLivingAloneV1, MandatoryReportRaisedV1]),
    );
  });

  it('an escalated gap becomes a MISSING_AGREEMENT report from the registry, naming its deadline', async () => {
    const drafts: ReportDraft[] = [];
    const handler = new IntakeHandler({
      receive: async (draft: ReportDraft) => void drafts.push(draft),
    } as unknown as IntakeService);
    const event = createEvent(GuardianshipEscalatedV1, {
      subject: 'c-1',
      regionCode: '450702100201',
      actor: { kind: 'system', id: 'registry:birthday-sweep' },
      payload: {
        childId: 'c-1',
        regionCode: '450702100201',
        situation: 'NO_AGREEMENT',
        validUntil: null,
        openedOn: '2026-11-02',
        dueOn: '2026-11-16',
        escalatedOn: '2026-11-17',
      },
    });
    await handler.onGuardianshipEscalated(event);
    expect(drafts).toEqual([
      expect.objectContaining({
        sourceKey: `event:${event.id}`,
        situationType: 'MISSING_AGREEMENT',
        reporterKind: 'REGISTRY_ALERT',
        channel: 'DEPARTMENT_EVENT',
        childId: 'c-1',
        facts: expect.stringContaining('not put right by 2026-11-16'),
      }),
    ]);
  });
});
