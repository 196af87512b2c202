import { ChildFoundLivingAloneV1, VisitDangerFoundV1, VisitRecordedV1 } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import type { ChildRepository } from '../children/child.repository';
import type { SupervisorRepository } from '../supervisors/supervisor.repository';
import type { RecordVisitInput } from './visit.inputs';
import { VisitService } from './visit.service';

/** One child in memory; each write keeps its change and its events. */
function recording() {
  const child = { id: 'c-1', regionCode: '450702100201', birthDate: '2016-05-01', revision: 1 };
  const writes: { change: { $set: Record<string, unknown> }; events: OutgoingEvent[] }[] = [];
  const children = {
    findById: async () => child,
    get: async () => child,
    updateAtRevision: async (_id: string, _rev: number, change: never, events: OutgoingEvent[]) =>
      Boolean(writes.push({ change, events })),
  } as unknown as ChildRepository;
  const service = new VisitService(
    children,
    {} as SupervisorRepository,
    new ManualClock('2026-11-30T02:00:00Z'),
  );
  return { service, writes };
}
const visit = (over: Partial<RecordVisitInput>): RecordVisitInput => ({
  childId: 'c-1',
  kind: 'HOME_VISIT',
  visitedOn: '2026-11-30',
  visitorName: '覃督导',
  findings: '手臂有淤青',
  riskFlags: [],
  dangerSigns: [],
  ...over,
});
const actor = { kind: 'user' as const, id: 'u-1', department: 'CIVIL_AFFAIRS' };

describe('rule 四(二)2–3: a visit that finds danger is a report to police, in the same write as the visit', () => {
  it('danger signs publish VisitDangerFound with the visit, and make the risk HIGH', async () => {
    const { service, writes } = recording();
    await service.record(visit({ dangerSigns: ['INJURY', 'INJURY'] }), actor);
    const [{ events }] = writes;
    expect(events.map((e) => e.topic)).toEqual([VisitRecordedV1.topic, VisitDangerFoundV1.topic]);
    expect(events[1].envelope.payload).toMatchObject({
      visitId: (events[0].envelope.payload as { visitId: string }).visitId,
      signs: ['INJURY'],
      findings: '手臂有淤青',
    });
    expect((events[0].envelope.payload as { riskLevel: string }).riskLevel).toBe('HIGH');
  });

  it('a child found living alone and reported as danger is one report: no second living-alone alert', async () => {
    const { service, writes } = recording();
    await service.record(visit({ riskFlags: ['LIVING_ALONE'], dangerSigns: ['LIVING_ALONE'] }), actor);
    const [{ change, events }] = writes;
    expect(events.map((e) => e.topic)).toEqual([VisitRecordedV1.topic, VisitDangerFoundV1.topic]);
    expect(change.$set.livingArrangement).toMatchObject({ livingAlone: true, recordedOn: '2026-11-30' });
  });

  it('a visit without danger signs raises no danger report (living alone still raises its alert, 四(一)1)', async () => {
    const { service, writes } = recording();
    await service.record(visit({ riskFlags: ['LIVING_ALONE'] }), actor);
    expect(writes[0].events.map((e) => e.topic)).toEqual([
      VisitRecordedV1.topic,
      ChildFoundLivingAloneV1.topic,
    ]);
  });
});
