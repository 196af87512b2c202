import { addDays, localDateInChina } from '@qz/kernel';
import { errorOf, policeThroughGateway, TOWNSHIP } from './police-stack';

const SEARCH = `missingChildSearch { startedOnTime lastSeenPlace areas units reviews { note areas units }
  nextReviewDueAt reviewOverdue end { outcome foundPlace } }`;
const ORDERS = `parentalOrders { id kind addressedTo issuedOn dueOn state followUps { complied entrustedGuardian } }`;

/**
 * Issue 19 part 4 through the gateway (police with the registry, see police-stack): 四(二)3
 * 儿童失踪快速查找机制 — a missing child's search starts at once, tells areas and units, is reviewed
 * and ends with the child found, and the case does not close before; 四(二)3 责令 — orders to the
 * parents with deadlines, checked, overdue first in the follow-up list; 四(一)1 劝诫 on the record.
 */
describe('police: the missing-child search, orders to parents and warnings (四(二)3, 四(一)1)', () => {
  const { gql, mutate, ok, register, dispatchedCase } = policeThroughGateway();
  const today = localDateInChina(new Date());
  const call = (name: string, input: object, fields: string, user?: Parameters<typeof mutate>[2]) => {
    const type = name[0].toUpperCase() + name.slice(1);
    return gql(
      `mutation ($input: ${type}Input!) { ${name}(input: $input) { id status ${fields} } }`,
      { input },
      user,
    );
  };

  it('rule 四(二)3 快速查找: a missing child’s search starts before dispatch, widens, ends found; the case closes only after', async () => {
    const childId = await register(8);
    const reported = await gql(
      `mutation ($input: ReceiveReportInput!) { receiveReport(input: $input) { id status } }`,
      {
        input: {
          situationType: 'MISSING',
          reporterKind: 'PUBLIC',
          channel: 'CALL_110',
          reporterName: '韦某',
          reporterPhone: '13800000001',
          childId,
          regionCode: '450702100201',
          facts: '孩子放学后未回家，已四小时',
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    const caseId = reported.data.receiveReport.id as string;
    const start = {
      caseId,
      lastSeenAt: new Date(Date.now() - 4 * 3_600_000).toISOString(),
      lastSeenPlace: '沙埠镇中心小学门口',
      description: '8岁女孩，身高约125厘米，穿红色校服',
      areas: ['450702100', '450702'],
      units: ['沙埠派出所', '钦州火车站派出所'],
    };
    for (const [input, code] of [
      [{ areas: [] }, 'SEARCH_NOBODY_TOLD'],
      [{ areas: ['450771'] }, 'UNKNOWN_REGION'],
      [{ lastSeenAt: new Date(Date.now() + 3_600_000).toISOString() }, 'DATE_IN_FUTURE'],
    ] as [object, string][])
      expect(errorOf(await call('startMissingChildSearch', { ...start, ...input }, 'id'))).toMatchObject({
        code,
      });

    const started = await call('startMissingChildSearch', start, SEARCH);
    expect(started.errors).toBeUndefined();
    expect(started.data.startMissingChildSearch).toMatchObject({
      status: 'REPORTED', // no dispatch needed first
      missingChildSearch: {
        startedOnTime: true,
        areas: ['450702100', '450702'],
        units: ['沙埠派出所', '钦州火车站派出所'],
        reviewOverdue: false,
        end: null,
      },
    });
    expect(errorOf(await call('startMissingChildSearch', start, 'id'))).toMatchObject({
      code: 'SEARCH_ALREADY_STARTED',
    });
    const queue = async () =>
      (
        await gql(`{ openMissingChildSearches(regionCode: "450702") { id } }`)
      ).data.openMissingChildSearches.map((c: { id: string }) => c.id);
    expect(await queue()).toContain(caseId);

    const reviewed = await call(
      'reviewMissingChildSearch',
      {
        caseId,
        areas: ['450703'],
        units: ['钦北区救助管理站', '沙埠派出所'],
        note: '扩大至钦北区，调取车站监控',
      },
      SEARCH,
    );
    expect(reviewed.data.reviewMissingChildSearch.missingChildSearch).toMatchObject({
      areas: ['450702100', '450702', '450703'],
      units: ['沙埠派出所', '钦州火车站派出所', '钦北区救助管理站'],
      reviews: [{ note: '扩大至钦北区，调取车站监控', areas: ['450703'] }],
    });

    // Dispatched, notified, assessed: the case still cannot close while the child is missing.
    await ok('dispatchCase', { caseId, unit: '沙埠派出所', officer: '李警官' });
    await ok('notifyTownship', { caseId, contact: '沙埠镇政府 值班室' });
    await ok(
      'recordAssessment',
      {
        caseId,
        assessedOn: today,
        participants: ['沙埠镇政府 韦主任', '沙埠派出所 李警官'],
        safety: 'AT_RISK',
        guardianship: 'IN_DANGER',
        health: 'SAFE',
        findings: '儿童仍下落不明',
        plan: [{ service: 'GUARDIANSHIP_GUIDANCE', description: '找到后指导父母履行监护职责' }],
      },
      TOWNSHIP,
    );
    const close = { caseId, reason: '结案' };
    expect(errorOf(await mutate('closeCase', close, TOWNSHIP))).toMatchObject({ code: 'SEARCH_OPEN' });

    const ended = await call(
      'endMissingChildSearch',
      {
        caseId,
        outcome: 'FOUND_SAFE',
        foundPlace: '钦州火车站候车室',
        notes: '车站派出所民警发现，身体无恙',
      },
      SEARCH,
    );
    expect(ended.data.endMissingChildSearch.missingChildSearch).toMatchObject({
      end: { outcome: 'FOUND_SAFE', foundPlace: '钦州火车站候车室' },
      nextReviewDueAt: null,
      reviewOverdue: false,
    });
    expect(
      errorOf(
        await call(
          'endMissingChildSearch',
          { caseId, outcome: 'FOUND_SAFE', foundPlace: 'x', notes: 'x' },
          'id',
        ),
      ),
    ).toMatchObject({
      code: 'SEARCH_ENDED',
    });
    expect(await queue()).not.toContain(caseId);
    expect((await ok('closeCase', close, TOWNSHIP)).status).toBe('CLOSED');
  });

  it('rule 四(二)3 快速查找: the search is for missing children only', async () => {
    const { caseId } = await dispatchedCase();
    const res = await call(
      'startMissingChildSearch',
      {
        caseId,
        lastSeenAt: new Date().toISOString(),
        lastSeenPlace: '家中',
        description: '—',
        areas: ['450702'],
        units: ['沙埠派出所'],
      },
      'id',
    );
    expect(errorOf(res)).toMatchObject({ code: 'SEARCH_NOT_A_MISSING_CHILD' });
  });

  it('rule 四(二)3 责令 and 四(一)1 劝诫: orders to the parents by a deadline, checked, overdue first; exhortations on the record', async () => {
    const { caseId } = await dispatchedCase();
    const order = (input: object) =>
      call('issueParentalOrder', { caseId, addressedTo: '父亲 李某', notes: '电话责令', ...input }, ORDERS);
    expect(
      errorOf(await order({ kind: 'RETURN_TO_CHILD', issuedOn: today, dueOn: addDays(today, -1) })),
    ).toMatchObject({ code: 'ORDER_DUE_BEFORE_ISSUE', field: 'input.dueOn' });
    expect(
      errorOf(
        await order({ kind: 'RETURN_TO_CHILD', issuedOn: addDays(today, 2), dueOn: addDays(today, 5) }),
      ),
    ).toMatchObject({ code: 'DATE_IN_FUTURE' });
    // Given ten days ago, due three days ago: overdue. Given today for a week: open.
    await order({ kind: 'RETURN_TO_CHILD', issuedOn: addDays(today, -10), dueOn: addDays(today, -3) });
    const both = (await order({ kind: 'NAME_ENTRUSTED_GUARDIAN', dueOn: addDays(today, 7) })).data
      .issueParentalOrder.parentalOrders;
    expect(both.map((o: { kind: string; state: string }) => [o.kind, o.state])).toEqual([
      ['RETURN_TO_CHILD', 'OVERDUE'],
      ['NAME_ENTRUSTED_GUARDIAN', 'OPEN'],
    ]);
    const [returnOrder, guardianOrder] = both.map((o: { id: string }) => o.id);
    const due = async () =>
      (
        await gql(`{ parentalOrdersDue(regionCode: "450702") { id caseId state } }`)
      ).data.parentalOrdersDue.filter((o: { caseId: string }) => o.caseId === caseId);
    expect(await due()).toEqual([
      { id: returnOrder, caseId, state: 'OVERDUE' },
      { id: guardianOrder, caseId, state: 'OPEN' },
    ]);

    const check = (input: object) =>
      call('recordOrderFollowUp', { caseId, notes: '电话核实', ...input }, `${ORDERS} timeline { action }`);
    const refused = await check({ orderId: returnOrder, complied: false });
    expect(refused.data.recordOrderFollowUp.timeline.at(-1)).toEqual({ action: 'ORDER_NOT_COMPLIED' });
    expect(errorOf(await check({ orderId: guardianOrder, complied: true }))).toMatchObject({
      code: 'ORDER_GUARDIAN_MISSING',
    });
    expect(errorOf(await check({ orderId: 'no-such-order', complied: true }))).toMatchObject({
      code: 'ORDER_NOT_FOUND',
    });
    await check({ orderId: guardianOrder, complied: true, entrustedGuardian: '祖父 李某某' });
    expect(
      errorOf(await check({ orderId: guardianOrder, complied: true, entrustedGuardian: 'x' })),
    ).toMatchObject({
      code: 'ORDER_ALREADY_COMPLIED',
    });
    expect(await due()).toEqual([{ id: returnOrder, caseId, state: 'OVERDUE' }]);

    // 劝诫 (四(一)1) by the village committee, entered by police with who gave it.
    expect(
      errorOf(await mutate('recordMeasure', { caseId, kind: 'EXHORT_GUARDIAN', notes: '村委会劝诫' })),
    ).toMatchObject({ code: 'MEASURE_DETAIL_MISSING', field: 'input.counterpart' });
    const exhorted = await ok('recordMeasure', {
      caseId,
      kind: 'EXHORT_GUARDIAN',
      counterpart: '沙埠村民委员会',
      notes: '村委会对父亲进行劝诫',
    });
    expect(exhorted.measures.at(-1)).toMatchObject({
      kind: 'EXHORT_GUARDIAN',
      counterpart: '沙埠村民委员会',
    });
  });
});
