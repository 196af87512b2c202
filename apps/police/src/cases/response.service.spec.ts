import { DispatchOverdueV1, type Envelope } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import { toPlain } from '@qz/persistence';
import type { CaseRepository, ProtectionCase } from './case.repository';
import type { StoredReport } from './case.types';
import { openedCase } from './intake.rules';
import { dispatchDueAt } from './response.rules';
import { ResponseService } from './response.service';

/** An in-memory stand-in for the case collection: compare-and-set on revision, events kept. */
class FakeCases {
  readonly docs = new Map<string, ProtectionCase>();
  readonly events: OutgoingEvent[] = [];
  async get(id: string) {
    return structuredClone(this.docs.get(id) as ProtectionCase);
  }
  async byStatus(status: string) {
    return [...this.docs.values()].filter((c) => c.status === status).map((c) => structuredClone(c));
  }
  async updateAtRevision(
    id: string,
    revision: number,
    change: { $set?: Record<string, unknown>; $push?: Record<string, unknown> },
    events: OutgoingEvent[],
    extra: Record<string, unknown> = {},
  ) {
    const c = this.docs.get(id) as unknown as Record<string, unknown>;
    if (!c || c.revision !== revision) return false;
    if (Object.entries(extra).some(([k, v]) => c[k] !== v)) return false;
    Object.assign(c, change.$set ?? {});
    for (const [k, v] of Object.entries(change.$push ?? {})) (c[k] as unknown[]).push(v);
    c.revision = revision + 1;
    this.events.push(...events);
    return true;
  }
}

/** A case as intake opens it: one report received at `receivedAt`, dispatch due `slaMinutes` later. */
const aCase = (id: string, receivedAt: Date, slaMinutes: number): ProtectionCase => {
  const report = {
    sourceKey: `call-${id}`,
    childId: `child-${id}`,
    childDescription: null,
    regionCode: '450702100201',
    situationType: 'MISSING',
    receivedAt,
    slaMinutes,
    dispatchDueAt: dispatchDueAt(receivedAt, slaMinutes),
  } as StoredReport;
  return toPlain(openedCase(id, report, 'intake', receivedAt));
};

describe('rule 四(二)3: an overdue dispatch is listed and escalated once (sweep on a controlled clock)', () => {
  const clock = new ManualClock('2026-11-30T01:00:00Z');
  const fake = new FakeCases();
  const service = new ResponseService(fake as unknown as CaseRepository, clock);
  fake.docs.set('a', aCase('a', clock.now(), 15));
  fake.docs.set('b', aCase('b', clock.now(), 60));

  it('lists nothing and raises nothing before the due time', async () => {
    clock.advanceMs(15 * 60_000);
    expect(await service.overdue()).toEqual([]);
    expect(await service.escalateOverdue()).toBe(0);
  });

  it('one minute later lists the 15-minute case and raises DispatchOverdue for it, valid by its contract', async () => {
    clock.advanceMs(60_000);
    expect((await service.overdue()).map((c) => c.id)).toEqual(['a']);
    expect(await service.escalateOverdue()).toBe(1);
    const [event] = fake.events;
    expect(event.topic).toBe(DispatchOverdueV1.topic);
    const parsed = DispatchOverdueV1.parse(JSON.parse(JSON.stringify(event.envelope))) as Envelope<{
      caseId: string;
      minutesOverdue: number;
    }>;
    expect(parsed.payload).toMatchObject({ caseId: 'a', minutesOverdue: 1 });
    expect(fake.docs.get('a')?.timeline.map((t) => t.action)).toEqual([
      'REPORT_RECEIVED',
      'DISPATCH_OVERDUE_ESCALATED',
    ]);
  });

  it('a later sweep does not raise it again; the case stays listed until dispatched', async () => {
    clock.advanceMs(10 * 60_000);
    expect(await service.escalateOverdue()).toBe(0);
    expect((await service.overdue()).map((c) => c.id)).toEqual(['a']);
    expect(fake.events).toHaveLength(1);
  });

  it('a dispatched case is never escalated, even when dispatched late', async () => {
    await service.dispatch({ caseId: 'b', unit: '沙埠派出所', officer: '李警官' }, { kind: 'user', id: 'u' });
    clock.advanceMs(24 * 3600_000);
    expect(await service.escalateOverdue()).toBe(0);
    expect(fake.docs.get('b')?.dispatch?.withinSla).toBe(true);
  });
});
