import { ManualClock } from '@qz/kernel';
import type { OutgoingEvent } from '@qz/messaging';
import type { CaseRepository, ProtectionCase } from './case.repository';
import type { DispatchSlaService } from './dispatch-sla.service';
import { IntakeService, type ReportDraft } from './intake.service';

/** The case collection in memory, slow enough that unserialised intakes would interleave. */
class FakeCases {
  readonly docs = new Map<string, ProtectionCase>();
  readonly events: OutgoingEvent[] = [];
  private tick = () => new Promise((r) => setTimeout(r, 5));
  async findBySourceKey(key: string) {
    await this.tick();
    return [...this.docs.values()].find((c) => c.reportKeys.includes(key)) ?? null;
  }
  async byChild(childId: string) {
    await this.tick();
    return [...this.docs.values()].filter((c) => c.childId === childId);
  }
  async get(id: string) {
    return structuredClone(this.docs.get(id) as ProtectionCase);
  }
  async open(doc: ProtectionCase & { _id: string }, events: OutgoingEvent[]) {
    await this.tick();
    const { _id, ...rest } = doc;
    this.docs.set(_id, { ...rest, id: _id } as ProtectionCase);
    this.events.push(...events);
  }
  async updateAtRevision(id: string, revision: number, change: any, events: OutgoingEvent[]) {
    await this.tick();
    const c = this.docs.get(id) as any;
    if (c.revision !== revision) return false;
    Object.assign(c, change.$set ?? {});
    for (const [k, v] of Object.entries(change.$push ?? {})) c[k].push(v);
    c.revision += 1;
    this.events.push(...events);
    return true;
  }
}

const draft = (sourceKey: string, over: Partial<ReportDraft> = {}): ReportDraft => ({
  sourceKey,
  situationType: 'LEFT_ALONE',
  reporterKind: 'REGISTRY_ALERT',
  reporterOrganisation: null,
  reporterName: '督导员',
  reporterPhone: null,
  channel: 'DEPARTMENT_EVENT',
  childId: 'c-1',
  childDescription: null,
  regionCode: '450702100201',
  address: null,
  facts: '独自居住',
  receivedAt: new Date('2026-11-30T01:00:00Z'),
  ...over,
});

describe('rule 四(二)2: reports about one child arriving together make one case; a source is taken in once', () => {
  const clock = new ManualClock('2026-11-30T01:00:00Z');
  const actor = { kind: 'system' as const, id: 'test' };
  const slas = { minutesFor: async () => 60 } as unknown as DispatchSlaService;

  it('two reports about the same child at the same moment: one case with both reports', async () => {
    const fake = new FakeCases();
    const intake = new IntakeService(fake as unknown as CaseRepository, slas, clock);
    const [a, b] = await Promise.all([
      intake.receive(draft('event:1'), actor),
      intake.receive(draft('education-report:9', { reporterKind: 'SCHOOL' }), actor),
    ]);
    expect(a.id).toBe(b.id);
    expect(fake.docs.size).toBe(1);
    expect(b.reports.map((r) => r.reporterKind)).toEqual(['REGISTRY_ALERT', 'SCHOOL']);
  });

  it('the same source twice, even at once, is one report and one event', async () => {
    const fake = new FakeCases();
    const intake = new IntakeService(fake as unknown as CaseRepository, slas, clock);
    await Promise.all([intake.receive(draft('event:1'), actor), intake.receive(draft('event:1'), actor)]);
    await intake.receive(draft('event:1'), actor);
    expect([...fake.docs.values()][0].reports).toHaveLength(1);
    expect(fake.events).toHaveLength(1);
  });

  it('the most urgent report sets the clock of a case not yet dispatched', async () => {
    const fake = new FakeCases();
    const urgent = {
      minutesFor: async (t: string) => (t === 'MISSING' ? 15 : 240),
    } as unknown as DispatchSlaService;
    const intake = new IntakeService(fake as unknown as CaseRepository, urgent, clock);
    await intake.receive(draft('a', { situationType: 'GUARDIAN_NOT_PERFORMING' }), actor);
    const c = await intake.receive(draft('b', { situationType: 'MISSING' }), actor);
    expect(c.dispatchDueAt.toISOString()).toBe('2026-11-30T01:15:00.000Z');
  });

  it('四(二)2 an anonymous public report stores no name or phone, and its clock starts at reception as any report’s', async () => {
    const fake = new FakeCases();
    const intake = new IntakeService(fake as unknown as CaseRepository, slas, clock);
    const anonymous = {
      reporterKind: 'PUBLIC',
      channel: 'WECHAT',
      reporterName: null,
      anonymous: true,
    } as const;
    const c = await intake.receive(
      draft('report:1', { ...anonymous, childId: null, childDescription: '男孩' }),
      actor,
    );
    expect(c.reports[0]).toMatchObject({ anonymous: true, reporterName: null, reporterPhone: null });
    expect(c.dispatchDueAt.toISOString()).toBe('2026-11-30T02:00:00.000Z');
    expect(JSON.stringify(fake.events)).not.toMatch(/reporterName|reporterPhone/);
  });

  it('refuses a report with no child and no description', async () => {
    const intake = new IntakeService(new FakeCases() as unknown as CaseRepository, slas, clock);
    await expect(intake.receive(draft('x', { childId: null }), actor)).rejects.toMatchObject({
      code: 'REPORT_CHILD_MISSING',
    });
  });
});
