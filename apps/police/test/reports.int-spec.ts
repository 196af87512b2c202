import {
  CaseDispatchedV1,
  ChildFoundLivingAloneV1,
  createEvent,
  MandatoryReportRaisedV1,
  ReportReceivedV1,
  TemporaryCareEndedV1,
  TemporaryCareStartedV1,
  TownshipNotifiedV1,
} from '@qz/contracts';
import { DEMO_VILLAGE, waitFor } from '@qz/testing';
import { v7 as uuidv7 } from 'uuid';
import { errorOf, policeThroughGateway, schoolReport, schoolReportEvent } from './police-stack';

/**
 * Reports and the first response (四(二)2–3), police through the gateway with the registry (see
 * police-stack): registry alerts and a school's mandatory report (published here with a real
 * producer) become reports and cases; dispatch, measures and township notification go through the
 * state machine, each step an event read by a real consumer and parsed with its contract.
 */
describe('police: reports become cases, dispatched, the township notified', () => {
  const { events, mutate, ok, casesOf, firstCasesOf, register, recordLivingAlone, publish } =
    policeThroughGateway();

  let livingAloneChild: string;
  let openCaseId: string;

  it('rule 四(二)2–3: a child found living alone becomes a report and a case, dispatched, measures taken, the township notified', async () => {
    livingAloneChild = await register(9);
    expect((await recordLivingAlone(livingAloneChild)).errors).toBeUndefined();
    const [opened] = await firstCasesOf(livingAloneChild, 'the living-alone report to open a case');
    expect(opened).toMatchObject({
      status: 'REPORTED',
      situationType: 'LEFT_ALONE',
      slaMinutes: 60,
      regionCode: DEMO_VILLAGE,
      reports: [{ reporterKind: 'REGISTRY_ALERT', channel: 'DEPARTMENT_EVENT', mandatory: true }],
      timeline: [{ action: 'REPORT_RECEIVED', from: null, to: 'REPORTED' }],
    });
    openCaseId = opened.id;
    const received = await events.waitFor(ReportReceivedV1, livingAloneChild);
    expect(received.payload).toMatchObject({
      caseId: openCaseId,
      linkedToOpenCase: false,
      situationType: 'LEFT_ALONE',
    });

    // A redelivered alert changes nothing; a new finding about the same child (published after it
    // on the same partition) joins the open case.
    const alert = await events.waitFor(ChildFoundLivingAloneV1, livingAloneChild);
    await publish(alert, ChildFoundLivingAloneV1);
    await publish(
      createEvent(ChildFoundLivingAloneV1, {
        subject: livingAloneChild,
        regionCode: DEMO_VILLAGE,
        actor: { kind: 'user', id: 'supervisor-1' },
        payload: { ...alert.payload, source: '邻居反映' },
      }),
      ChildFoundLivingAloneV1,
    );
    await events.waitFor(ReportReceivedV1, livingAloneChild, (e) => e.payload.linkedToOpenCase);
    expect((await casesOf(livingAloneChild))[0].reports).toHaveLength(2); // not 3

    expect(
      errorOf(await mutate('notifyTownship', { caseId: openCaseId, contact: '沙埠镇政府 值班室' })),
    ).toMatchObject({
      code: 'CASE_NOT_DISPATCHED',
    });
    const dispatched = await ok('dispatchCase', {
      caseId: openCaseId,
      unit: '沙埠派出所',
      officer: '李警官',
    });
    expect(dispatched).toMatchObject({ status: 'DISPATCHED', dispatch: { withinSla: true } });
    expect((await events.waitFor(CaseDispatchedV1, livingAloneChild)).payload).toMatchObject({
      caseId: openCaseId,
      withinSla: true,
    });
    await ok('recordMeasure', {
      caseId: openCaseId,
      kind: 'ORDER_PARENTS_RETURN',
      notes: '电话责令在广东务工的父亲立即返回',
    });
    expect(
      errorOf(
        await mutate('recordMeasure', {
          caseId: openCaseId,
          kind: 'TEMPORARY_CARE',
          counterpart: '钦南区救助管理站',
          notes: '临时照料',
        }),
      ),
    ).toMatchObject({ code: 'MEASURE_DETAIL_MISSING', field: 'input.handoverDocument' });
    await ok('recordMeasure', {
      caseId: openCaseId,
      kind: 'TEMPORARY_CARE',
      counterpart: '钦南区救助管理站',
      handoverDocument: '交接单 QN-2026-118',
      notes: '父亲返回前由救助站临时照料',
    });
    // 四(二)3 临时照料: the registry learns it (the child is temporarily without family support).
    expect((await events.waitFor(TemporaryCareStartedV1, livingAloneChild)).payload).toMatchObject({
      caseId: openCaseId,
      childId: livingAloneChild,
      institution: '钦南区救助管理站',
      handoverDocument: '交接单 QN-2026-118',
    });
    // The father is back: the care ends with a written handover to him, and the registry learns it.
    const end = {
      caseId: openCaseId,
      kind: 'TEMPORARY_CARE_ENDED',
      counterpart: '父亲 李某',
      handoverDocument: '交接单 QN-2026-131',
      notes: '父亲返回，救助站交还',
    };
    expect(errorOf(await mutate('recordMeasure', end))).toMatchObject({
      code: 'MEASURE_DETAIL_MISSING',
      field: 'input.careOutcome',
    });
    await ok('recordMeasure', { ...end, careOutcome: 'RETURNED_TO_GUARDIAN' });
    expect((await events.waitFor(TemporaryCareEndedV1, livingAloneChild)).payload).toMatchObject({
      caseId: openCaseId,
      childId: livingAloneChild,
      outcome: 'RETURNED_TO_GUARDIAN',
      handedTo: '父亲 李某',
      handoverDocument: '交接单 QN-2026-131',
    });
    expect(
      errorOf(await mutate('recordMeasure', { ...end, careOutcome: 'RETURNED_TO_GUARDIAN' })),
    ).toMatchObject({
      code: 'TEMPORARY_CARE_NOT_OPEN',
    });
    const notified = await ok('notifyTownship', { caseId: openCaseId, contact: '沙埠镇政府 值班室' });
    expect(notified).toMatchObject({
      status: 'TOWNSHIP_NOTIFIED',
      notification: { townshipCode: '450702100' },
    });
    expect(notified.timeline.map((t: { action: string }) => t.action)).toEqual([
      'REPORT_RECEIVED',
      'REPORT_LINKED',
      'DISPATCHED',
      'MEASURE_ORDER_PARENTS_RETURN',
      'MEASURE_TEMPORARY_CARE',
      'MEASURE_TEMPORARY_CARE_ENDED',
      'TOWNSHIP_NOTIFIED',
    ]);
    const told = await events.waitFor(TownshipNotifiedV1, livingAloneChild);
    expect(told.payload).toMatchObject({
      caseId: openCaseId,
      assessmentDueOn: notified.notification.assessmentDueOn,
    });
  });

  it("rule 四(二)2: a school's mandatory report about a child in an open case joins that case, once", async () => {
    const reportId = uuidv7();
    const first = schoolReportEvent(livingAloneChild, schoolReport(livingAloneChild, reportId));
    await publish(first, MandatoryReportRaisedV1);
    await publish(first, MandatoryReportRaisedV1); // redelivered
    // The same report sent again as a new event (a retry by the school's service).
    await publish({ ...first, id: uuidv7() }, MandatoryReportRaisedV1);
    // A second report from the school, behind the copies on the same partition.
    const second = schoolReportEvent(livingAloneChild, {
      ...schoolReport(livingAloneChild, uuidv7()),
      concern: 'MISSING_GUARDIANSHIP',
    });
    await publish(second, MandatoryReportRaisedV1);
    await waitFor(
      'both school reports to join the open case',
      () =>
        events.about(ReportReceivedV1, livingAloneChild).filter((e) => e.payload.reporterKind === 'SCHOOL')
          .length >= 2,
    );
    const linked = events
      .about(ReportReceivedV1, livingAloneChild)
      .filter((e) => e.payload.reporterKind === 'SCHOOL');
    for (const e of linked)
      expect(e.payload).toMatchObject({ caseId: openCaseId, linkedToOpenCase: true, mandatory: true });
    const marker = await register(8);
    await publish(schoolReportEvent(marker, schoolReport(marker, uuidv7())), MandatoryReportRaisedV1);
    await events.waitFor(ReportReceivedV1, marker);
    const cases = await casesOf(livingAloneChild);
    expect(cases).toHaveLength(1);
    expect(cases[0].reports.map((r: { reporterKind: string }) => r.reporterKind)).toEqual([
      'REGISTRY_ALERT',
      'REGISTRY_ALERT',
      'SCHOOL',
      'SCHOOL',
    ]);
    expect(cases[0].timeline.at(-1)).toMatchObject({ action: 'REPORT_LINKED', to: 'TOWNSHIP_NOTIFIED' });
    expect(events.about(ReportReceivedV1, livingAloneChild)).toHaveLength(4);
    const other = await casesOf(marker);
    expect(other).toMatchObject([{ status: 'REPORTED', situationType: 'DROPOUT' }]); // 四(二)5: not a refusal
  });

  afterAll(() => expect(events.contractErrors).toEqual([]));
});
