import {
  ChildFoundLivingAloneV1,
  createEvent,
  GuardianshipEscalatedV1,
  GuardianshipLapsedV1,
  MandatoryReportRaisedV1,
  VisitDangerFoundV1,
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

const capture = () => {
  const drafts: ReportDraft[] = [];
  const handler = new IntakeHandler({
    receive: async (draft: ReportDraft) => void drafts.push(draft),
  } as unknown as IntakeService);
  return { drafts, handler };
};
const registryEvent = <P>(contract: EventContract<P>, payload: P) =>
  createEvent(contract, {
    subject: 'c-1',
    regionCode: '450702100201',
    actor: { kind: 'system', id: 'registry' },
    payload,
  });

describe('rule 四(一)3 / 四(二)2: triage before police — a missing agreement reaches police only when escalated', () => {
  it('police take no guardianship lapse (the gap is the township’s and village’s task), only its escalation', () => {
    expect(handled()).not.toContain(GuardianshipLapsedV1);
    expect(handled()).toEqual(
      expect.arrayContaining([
        GuardianshipEscalatedV1,
        ChildFoundLivingAloneV1,
        MandatoryReportRaisedV1,
        VisitDangerFoundV1,
      ]),
    );
  });

  it('an escalated gap becomes a MISSING_AGREEMENT report from the registry, naming its deadline', async () => {
    const { drafts, handler } = capture();
    const event = registryEvent(GuardianshipEscalatedV1, {
      childId: 'c-1',
      regionCode: '450702100201',
      situation: 'NO_AGREEMENT',
      validUntil: null,
      openedOn: '2026-11-02',
      dueOn: '2026-11-16',
      escalatedOn: '2026-11-17',
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

describe('rule 四(二)2–3: danger found on a visit is a police report with the visit as its source', () => {
  const { drafts, handler } = capture();

  it('takes the visit’s gravest sign as the situation, keyed on the visit', async () => {
    await handler.onVisitDangerFound(
      registryEvent(VisitDangerFoundV1, {
        childId: 'c-1',
        visitId: 'v-1',
        regionCode: '450702100201',
        kind: 'HOME_VISIT',
        visitedOn: '2026-11-30',
        visitorName: '黄丽',
        supervisorId: 's-1',
        signs: ['NO_CARE', 'INJURY'],
        findings: '手臂有淤青，家中无人照料',
      }),
    );
    expect(drafts).toEqual([
      expect.objectContaining({
        sourceKey: 'visit:v-1',
        situationType: 'SUSPECTED_ACCIDENT_OR_HARM',
        reporterName: '黄丽',
        childId: 'c-1',
        facts: expect.stringContaining('手臂有淤青'),
      }),
    ]);
  });
});
