import { DispatchOverdueV1 } from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { aUser, DEMO_VILLAGE } from '@qz/testing';
import { errorOf, policeThroughGateway } from './police-stack';

/**
 * The dispatch SLA (四(二)3), the police indicators and bad input, police through the gateway with
 * the registry (see police-stack): a child found living alone, with its case dispatched, before the
 * tests.
 */
describe('police: the dispatch SLA, the indicators, bad input', () => {
  const { events, gql, mutate, ok, casesOf, dispatchedBeforeAll } = policeThroughGateway();
  const opened = dispatchedBeforeAll();

  it('rule 四(二)3: a report not dispatched within its SLA is listed as overdue and escalated once', async () => {
    const set = await gql(
      `mutation ($input: SetDispatchSlaInput!) { setDispatchSla(input: $input) { situationType minutes setByCity } }`,
      { input: { situationType: 'MISSING', minutes: 10, reason: '市局 2026 年第 3 号通知' } },
      aUser('POLICE_OFFICER', '450700'),
    );
    expect(set.data.setDispatchSla).toEqual({ situationType: 'MISSING', minutes: 10, setByCity: true });
    const reported = await ok('receiveReport', {
      situationType: 'MISSING',
      reporterKind: 'PUBLIC',
      channel: 'CALL_110',
      reporterName: '陈女士',
      reporterPhone: '13800000000',
      childDescription: '约7岁女孩，穿红色外套，在沙埠镇集市走失',
      regionCode: '450702100',
      address: '沙埠镇集市',
      facts: '路人报告孩子与家人走散已一小时',
      receivedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
    });
    expect(reported).toMatchObject({
      status: 'REPORTED',
      slaMinutes: 10,
      dispatchOverdue: true,
      childId: null,
    });
    const escalated = await events.waitFor(DispatchOverdueV1, reported.id);
    expect(escalated.payload).toMatchObject({
      caseId: reported.id,
      situationType: 'MISSING',
      slaMinutes: 10,
    });
    expect(escalated.payload.minutesOverdue).toBeGreaterThanOrEqual(19);
    const queue = await gql(`{ policeQueue(queue: OVERDUE) { id escalatedAt } }`);
    const listed = queue.data.policeQueue.find((c: { id: string }) => c.id === reported.id);
    expect(listed.escalatedAt).not.toBeNull();
    await new Promise((r) => setTimeout(r, 2500)); // two more sweeps
    expect(events.about(DispatchOverdueV1, reported.id)).toHaveLength(1);
    const late = await ok('dispatchCase', { caseId: reported.id, unit: '沙埠派出所', officer: '王警官' });
    expect(late.dispatch.withinSla).toBe(false);
    expect((await gql(`{ policeQueue(queue: OVERDUE) { id } }`)).data.policeQueue).not.toContainEqual({
      id: reported.id,
    });
  });

  it('docs/domain/indicators.md: the police indicators of the county through the registry’s Region', async () => {
    const today = localDateInChina(new Date());
    const INDICATORS = `query ($from: String!, $to: String!) { region(code: "450702") { code
      policeIndicators(from: $from, to: $to) { reportsReceived casesDispatched worstMinutesToDispatch
        dispatchesOverdue assessmentsDue interventions reportsBySituation { situationType reports } } } }`;
    const res = await gql(INDICATORS, { from: today, to: today });
    expect(res.errors).toBeUndefined();
    const values = res.data.region.policeIndicators;
    // Today's reports: the living-alone alert and the missing child.
    expect(values.reportsReceived).toBe(2);
    expect(values.casesDispatched).toBeGreaterThanOrEqual(2);
    expect(values.dispatchesOverdue).toBeGreaterThanOrEqual(1); // the missing child, dispatched late
    expect(values.reportsBySituation).toContainEqual({ situationType: 'MISSING', reports: 1 });
    const school = await gql(INDICATORS, { from: today, to: today }, aUser('SCHOOL_STAFF', '450702'));
    expect(school.data.region).toEqual({ code: '450702', policeIndicators: null });
    expect(errorOf(school)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses bad input with a code naming the field, and writes nothing', async () => {
    const count = async () =>
      (await gql(`{ a: policeQueue(queue: NEW) { id } b: policeQueue(queue: AWAITING_TOWNSHIP) { id } }`))
        .data;
    const report = (over: object) => ({
      situationType: 'SUSPECTED_DOMESTIC_VIOLENCE',
      reporterKind: 'HOSPITAL',
      channel: 'DUTY_BEARER_DIRECT',
      reporterOrganisation: '钦州市第一人民医院',
      reporterName: '急诊科 刘医生',
      childDescription: '约5岁男孩，多处淤伤',
      regionCode: DEMO_VILLAGE,
      facts: '就诊时发现多处陈旧性伤痕',
      ...over,
    });
    const before = await count();
    const timelineBefore = (await casesOf(opened.childId))[0].timeline.length;
    const cases: [string, Promise<any>, string, string?][] = [
      [
        'an unknown situation type',
        mutate('receiveReport', report({ situationType: 'BORED' })),
        'BAD_USER_INPUT',
      ],
      [
        'no child and no description',
        mutate('receiveReport', report({ childDescription: undefined })),
        'REPORT_CHILD_MISSING',
        'input.childId',
      ],
      [
        'a huge description',
        mutate('receiveReport', report({ facts: 'x'.repeat(50_000) })),
        'FIELD_TOO_LONG',
        'input.facts',
      ],
      [
        'a report received in the future',
        mutate('receiveReport', report({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() })),
        'DATE_IN_FUTURE',
        'input.receivedAt',
      ],
      [
        'the public through a duty-bearer channel',
        mutate('receiveReport', report({ reporterKind: 'PUBLIC' })),
        'REPORT_CHANNEL_MISMATCH',
        'input.channel',
      ],
      [
        'an unknown child',
        mutate('receiveReport', report({ childId: 'no-such-child' })),
        'CHILD_NOT_FOUND',
        'input.childId',
      ],
      [
        'a dispatch of a case already dispatched',
        mutate('dispatchCase', { caseId: opened.caseId, unit: '沙埠派出所', officer: '李警官' }),
        'CASE_ALREADY_DISPATCHED',
        'input.caseId',
      ],
      [
        'a dispatch of an unknown case',
        mutate('dispatchCase', { caseId: 'no-such-case', unit: '沙埠派出所', officer: '李警官' }),
        'CASE_NOT_FOUND',
        'input.caseId',
      ],
      [
        'a measure in the future',
        mutate('recordMeasure', {
          caseId: opened.caseId,
          kind: 'ADMONISH_GUARDIAN',
          takenAt: new Date(Date.now() + 3_600_000).toISOString(),
          notes: '训诫',
        }),
        'DATE_IN_FUTURE',
        'input.takenAt',
      ],
      [
        'an SLA of zero minutes',
        gql(
          `mutation { setDispatchSla(input: { situationType: MISSING, minutes: 0, reason: "x" }) { minutes } }`,
        ),
        'SLA_OUT_OF_RANGE',
        'input.minutes',
      ],
    ];
    for (const [what, pending, code, field] of cases) {
      const res = await pending;
      expect({ what, ...errorOf(res) }).toMatchObject({ what, code, ...(field ? { field } : {}) });
    }
    // A dispatch timed before the report came in.
    const fresh = await ok('receiveReport', report({}));
    expect(
      errorOf(
        await mutate('dispatchCase', {
          caseId: fresh.id,
          unit: '沙埠派出所',
          officer: '李警官',
          dispatchedAt: new Date(Date.parse(fresh.reports[0].receivedAt) - 3_600_000).toISOString(),
        }),
      ),
    ).toMatchObject({ code: 'DISPATCH_BEFORE_REPORT', field: 'input.dispatchedAt' });
    const after = await count();
    expect(after.a.map((c: { id: string }) => c.id)).toEqual([
      ...before.a.map((c: { id: string }) => c.id),
      fresh.id,
    ]);
    expect(after.b).toEqual(before.b);
    expect((await casesOf(opened.childId))[0].timeline).toHaveLength(timelineBefore);
    expect(
      (await gql(`{ protectionCase(id: "${fresh.id}") { status timeline { action } } }`)).data.protectionCase,
    ).toEqual({
      status: 'REPORTED',
      timeline: [{ action: 'REPORT_RECEIVED' }],
    });
    expect(events.contractErrors).toEqual([]);
  });
});
