import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { aChild, aUser, residentIdFor, uniqueName, waitFor, wholeSystemForThisBlock } from '@qz/testing';

const VILLAGE = '450721101201'; // 灵山县
const BUREAU = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
const WINDOW = aUser('CHILD_SOCIAL_WORKER', '450721101');
const HEALTH = aUser('HEALTH_OFFICER', '450721');
const DPF = aUser('DPF_OFFICER', '450721');
const EDUCATION = aUser('EDUCATION_OFFICER', '450721');
const OTHER_COUNTY_HEALTH = aUser('HEALTH_OFFICER', '450702');

const PART = `id applicationId partId department kind status
  assessment { eligible rule note } decision { approved note decidedBy automatic amountFen recordId }`;
const APPLICATION = `id status parts { partId kind department status decidedBy note amountFen departmentRecordId }`;

/**
 * 四(四)1 一门受理、协同办理 through the gateway, with registry, assistance, health and education
 * running from dist/ on the real broker and store: the township's review routes each part of a
 * one-window application (assistance.application-part.routed); health and education make it an
 * application of their own, assessed with their rules (a part they find ineligible refused at once),
 * decided by their officers; an approved part becomes the department's own record (health: an
 * application whose amount health's rules compute and its budget pays, refused BUDGET_EXCEEDED with
 * nothing written; education: the child's aid proposal, confirmed), each naming the other; each
 * decision (<service>.application-part.decided) reaches assistance, whose application shows every
 * part's status, amount and record.
 */
describe('one-window parts: assistance → health, education → assistance (四(四)1)', () => {
  const run = uniqueName('window_parts');
  const { as, ok } = wholeSystemForThisBlock(run, ['registry', 'assistance', 'health', 'education']);
  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    res.errors?.[0]?.extensions;
  const queue = async (user: Identity, field: string, status = 'PENDING') =>
    (await ok(user, `query ($s: WindowPartStatus!) { ${field}(status: $s) { ${PART} } }`, { s: status }))[
      field
    ] as Record<string, any>[];
  const decide = (user: Identity, field: string, input: object) =>
    as(user, `mutation ($input: DecideWindowPartInput!) { ${field}(input: $input) { ${PART} } }`, { input });
  const applicationParts = async (id: string) =>
    (await ok(BUREAU, `query ($id: ID!) { application(id: $id) { ${APPLICATION} } }`, { id })).application
      .parts as Record<string, any>[];

  const year = Number(localDateInChina(new Date()).slice(0, 4));
  const setBudget = (limitFen: number) =>
    as(HEALTH, `mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`, {
      input: { regionCode: '450721', programme: 'MEDICAL_ASSISTANCE', year, limitFen, reason: '年度预算' },
    });
  const budget = async () =>
    (
      (
        await ok(
          HEALTH,
          `{ healthBudgets(regionCode: "450721", year: ${year}) { programme usedFen approvals } }`,
        )
      ).healthBudgets as Record<string, any>[]
    ).find((b) => b.programme === 'MEDICAL_ASSISTANCE');
  const healthQueue = async () =>
    (
      await ok(
        HEALTH,
        `{ healthQueue(regionCode: "450721") { waitingFor application { id programme status approvedAmountFen windowPartId } } }`,
      )
    ).healthQueue as Record<string, any>[];

  let childId: string;
  let applicationId: string;

  it('the township’s review routes each part to its department, which assesses it by its own rules', async () => {
    const birthDate = '2014-03-09'; // 12: past the age of rehabilitation assistance
    const input = aChild({
      givenName: '小兰',
      regionCode: VILLAGE,
      birthDate,
      residentIdNumber: residentIdFor(birthDate, 'FEMALE'),
    });
    childId = (
      await ok(BUREAU, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input,
      })
    ).registerChild.id;
    await ok(
      BUREAU,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      { input: { childId, reason: '民政核查', dibao: true, seriousIllness: true } },
    );
    // Each department knows the child in difficulty before the parts arrive (what its rules read).
    await waitFor(
      'health to have the child in a medical-assistance group',
      async () =>
        (
          await as(HEALTH, `query ($id: ID!) { child(id: $id) { health { medicalAssistanceGroup } } }`, {
            id: childId,
          })
        ).data?.child?.health?.medicalAssistanceGroup,
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    await waitFor(
      'education to propose aid for the child',
      async () =>
        (
          await as(EDUCATION, `query ($id: ID!) { child(id: $id) { education { aidProposals { kind } } } }`, {
            id: childId,
          })
        ).data?.child?.education?.aidProposals?.length,
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    await waitFor(
      'assistance to know the child',
      async () =>
        (
          await as(BUREAU, `query ($id: ID!) { child(id: $id) { assistance { trackedSince } } }`, {
            id: childId,
          })
        ).data?.child?.assistance,
      { timeoutMs: 120_000, intervalMs: 250 },
    );

    const requests = {
      MEDICAL_ASSISTANCE: '白血病住院费用救助',
      EDUCATION_AID: '义务教育阶段生活补助',
      REHAB_ASSISTANCE: '听力康复训练',
    };
    const application = {
      childId,
      townshipCode: '450721101',
      applicantName: '黄秀英',
      applicantRelation: '祖母',
      parts: Object.entries(requests).map(([kind, request]) => ({ kind, request })),
    };
    const submitted = await ok(
      WINDOW,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${APPLICATION} } }`,
      { input: application },
    );
    applicationId = submitted.submitApplication.id;
    await ok(WINDOW, `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { id } }`, {
      input: { applicationId, approved: true, note: '材料齐全' },
    });

    const mine = (parts: Record<string, any>[]) => parts.filter((p) => p.applicationId === applicationId);
    const health = await waitFor(
      'health to queue the medical part',
      async () => {
        const q = mine(await queue(HEALTH, 'healthWindowParts'));
        return q.length ? q : null;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(health).toEqual([
      expect.objectContaining({
        id: `${applicationId}:p1`,
        department: 'HEALTH',
        kind: 'MEDICAL_ASSISTANCE',
        status: 'PENDING',
        assessment: expect.objectContaining({ eligible: true, rule: expect.stringContaining('四(三)2') }),
        decision: null,
      }),
    ]);
    const education = await waitFor(
      'education to queue the aid part',
      async () => {
        const q = mine(await queue(EDUCATION, 'educationWindowParts'));
        return q.length ? q : null;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(education).toEqual([
      expect.objectContaining({ partId: 'p2', kind: 'EDUCATION_AID', status: 'PENDING' }),
    ]);
    expect(education[0].assessment.rule).toContain('四(三)3');

    // Rehabilitation at 12: the DPF's rules refuse it on arrival, and the window shows it.
    const refused = mine(await queue(DPF, 'healthWindowParts', 'REJECTED'));
    const rehab = refused.length
      ? refused
      : await waitFor(
          'the rehabilitation part refused by the rules',
          async () => {
            const q = mine(await queue(DPF, 'healthWindowParts', 'REJECTED'));
            return q.length ? q : null;
          },
          { timeoutMs: 60_000, intervalMs: 250 },
        );
    expect(rehab[0]).toMatchObject({
      partId: 'p3',
      department: 'DPF',
      decision: {
        approved: false,
        automatic: true,
        decidedBy: 'DPF:rules',
        note: 'the child is not aged 0 to 6',
      },
    });
    const p3 = await waitFor(
      'assistance to record the refusal of the rehabilitation part',
      async () =>
        (await applicationParts(applicationId)).find((p) => p.partId === 'p3' && p.status !== 'ROUTED'),
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    expect(p3).toMatchObject({ department: 'DPF', status: 'REJECTED' });
    expect(p3.note).toContain('not aged 0 to 6');
  }, 400_000);

  it('refuses another county, the wrong department and an unknown part, with nothing written', async () => {
    const input = { partId: `${applicationId}:p1`, approved: true, note: '同意' };
    expect(codeOf(await decide(OTHER_COUNTY_HEALTH, 'decideHealthWindowPart', input))).toMatchObject({
      code: 'OUT_OF_REGION',
    });
    expect(codeOf(await decide(DPF, 'decideHealthWindowPart', input))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      codeOf(await decide(HEALTH, 'decideHealthWindowPart', { ...input, partId: 'no-such-part' })),
    ).toMatchObject({ code: 'WINDOW_PART_NOT_FOUND', field: 'input.partId' });
    expect(codeOf(await decide(HEALTH, 'decideHealthWindowPart', { ...input, note: '' }))).toMatchObject({
      code: 'FIELD_REQUIRED',
    });
    const p1 = (await queue(HEALTH, 'healthWindowParts')).find((p) => p.id === input.partId);
    expect(p1).toMatchObject({ status: 'PENDING', decision: null });
  }, 120_000);

  it('四(四)1, 四(三)2: approving a medical part needs its figures and a budget that can pay it; nothing is written otherwise', async () => {
    const partId = `${applicationId}:p1`;
    const medical = {
      serviceDate: localDateInChina(new Date()),
      hospital: '灵山县人民医院',
      diagnosis: '急性白血病',
      expenseFen: 100_000,
    };
    expect(
      codeOf(await decide(HEALTH, 'decideHealthWindowPart', { partId, approved: true, note: '同意' })),
    ).toMatchObject({ code: 'WINDOW_PART_FIGURES_REQUIRED', field: 'input.medical' });
    expect(
      codeOf(
        await decide(HEALTH, 'decideHealthWindowPart', { partId, approved: true, note: '同意', medical }),
      ),
    ).toMatchObject({ code: 'BUDGET_NOT_SET', field: 'input.partId' });
    expect((await setBudget(100)).errors).toBeUndefined(); // one yuan: less than any amount due
    expect(
      codeOf(
        await decide(HEALTH, 'decideHealthWindowPart', { partId, approved: true, note: '同意', medical }),
      ),
    ).toMatchObject({ code: 'BUDGET_EXCEEDED', field: 'input.partId', remainingFen: 100 });
    const p1 = (await queue(HEALTH, 'healthWindowParts')).find((p) => p.id === partId);
    expect(p1).toMatchObject({ status: 'PENDING', decision: null });
    expect(await budget()).toMatchObject({ usedFen: 0, approvals: 0 });
    expect((await healthQueue()).filter((i) => i.application.windowPartId === partId)).toEqual([]);
  }, 120_000);

  it('each department’s decision becomes its own record and reaches the application at the window, once', async () => {
    expect((await setBudget(10_000_000)).errors).toBeUndefined();
    const medical = {
      serviceDate: localDateInChina(new Date()),
      hospital: '灵山县人民医院',
      diagnosis: '急性白血病',
      expenseFen: 100_000,
    };
    const approved = await decide(HEALTH, 'decideHealthWindowPart', {
      partId: `${applicationId}:p1`,
      approved: true,
      note: '医疗救助比例提高至90%',
      medical,
    });
    expect(approved.errors).toBeUndefined();
    const decision = approved.data.decideHealthWindowPart.decision;
    expect(approved.data.decideHealthWindowPart).toMatchObject({
      status: 'APPROVED',
      decision: {
        approved: true,
        automatic: false,
        decidedBy: `HEALTH:${HEALTH.userId}`,
        recordId: `window:${applicationId}:p1`,
      },
    });
    // Health's rules computed the amount (expense × ratio, within the yearly cap) and its budget pays it.
    expect(decision.amountFen).toBeGreaterThan(0);
    expect(decision.amountFen).toBeLessThanOrEqual(medical.expenseFen);
    expect(await budget()).toMatchObject({ usedFen: decision.amountFen, approvals: 1 });
    const [claim] = (await healthQueue()).filter((i) => i.application.id === decision.recordId);
    expect(claim).toMatchObject({
      waitingFor: 'DISBURSEMENT',
      application: {
        programme: 'MEDICAL_ASSISTANCE',
        status: 'APPROVED',
        approvedAmountFen: decision.amountFen,
        windowPartId: `${applicationId}:p1`,
      },
    });

    const aid = await decide(EDUCATION, 'decideEducationWindowPart', {
      partId: `${applicationId}:p2`,
      approved: true,
      note: '纳入分类教育资助',
    });
    expect(aid.errors).toBeUndefined();
    // Dibao and seriously ill, neither orphan nor disabled: classified aid (四(三)3), now confirmed.
    expect(aid.data.decideEducationWindowPart.decision).toMatchObject({
      approved: true,
      amountFen: null,
      recordId: `${childId}:CLASSIFIED_AID`,
    });
    const proposals = (
      await ok(
        EDUCATION,
        `query { educationAidProposals(regionCode: "450721", status: "CONFIRMED") { id childId status windowPartId decision { reason } } }`,
      )
    ).educationAidProposals as Record<string, any>[];
    expect(proposals.find((p) => p.childId === childId)).toMatchObject({
      id: `${childId}:CLASSIFIED_AID`,
      status: 'CONFIRMED',
      windowPartId: `${applicationId}:p2`,
      decision: { reason: expect.stringContaining('纳入分类教育资助') },
    });

    expect(
      codeOf(
        await decide(HEALTH, 'decideHealthWindowPart', {
          partId: `${applicationId}:p1`,
          approved: false,
          note: '再次决定',
        }),
      ),
    ).toMatchObject({ code: 'WINDOW_PART_ALREADY_DECIDED' });

    const parts = await waitFor(
      'assistance to record both departments’ decisions',
      async () => {
        const p = await applicationParts(applicationId);
        return p.every((x) => x.status !== 'ROUTED') ? p : null;
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(parts.map((p) => [p.partId, p.department, p.status])).toEqual([
      ['p1', 'HEALTH', 'APPROVED'],
      ['p2', 'EDUCATION', 'APPROVED'],
      ['p3', 'DPF', 'REJECTED'],
    ]);
    expect(parts[0]).toMatchObject({
      decidedBy: `HEALTH:${HEALTH.userId}`,
      amountFen: decision.amountFen,
      departmentRecordId: `window:${applicationId}:p1`,
    });
    expect(parts[0].note).toContain('医疗救助比例提高至90%');
    expect(parts[1]).toMatchObject({ amountFen: null, departmentRecordId: `${childId}:CLASSIFIED_AID` });
    expect(parts[1].note).toContain('纳入分类教育资助');
    expect(parts[2]).toMatchObject({ amountFen: null, departmentRecordId: null });
    // Nothing pending left in the departments' queues for this application.
    expect(
      (await queue(HEALTH, 'healthWindowParts')).filter((p) => p.applicationId === applicationId),
    ).toEqual([]);
  }, 180_000);

  it('四(四)1: the window shows each part’s live status from the service that decides it (paid weeks later in health)', async () => {
    const PROGRESS = `status recordId recordStatus recordStatusOn recordAmountFen decision { approved }`;
    const live = async () =>
      (
        await ok(
          WINDOW,
          `query ($id: ID!) { application(id: $id) { parts { id partId healthProgress { ${PROGRESS} } educationProgress { ${PROGRESS} } } } }`,
          { id: applicationId },
        )
      ).application.parts as Record<string, any>[];
    const before = await live();
    expect(before.map((p) => p.id)).toEqual(['p1', 'p2', 'p3'].map((p) => `${applicationId}:${p}`));
    expect(before[0].healthProgress).toMatchObject({
      status: 'APPROVED',
      recordId: `window:${applicationId}:p1`,
      recordStatus: 'APPROVED',
    });
    const granted = before[0].healthProgress.recordAmountFen as number;
    expect(granted).toBeGreaterThan(0);
    // Each part is read from its own department only; the DPF's automatic refusal made no record.
    expect(before[0].educationProgress).toBeNull();
    expect(before[1]).toMatchObject({
      healthProgress: null,
      educationProgress: { status: 'APPROVED', recordStatus: 'CONFIRMED', recordAmountFen: null },
    });
    expect(before[2]).toMatchObject({
      healthProgress: {
        status: 'REJECTED',
        recordId: null,
        recordStatus: null,
        decision: { approved: false },
      },
      educationProgress: null,
    });

    // Health pays the approved claim in its own workflow: the window sees it at once, no event needed.
    const paid = await as(
      HEALTH,
      `mutation ($input: DisburseHealthApplicationInput!) { disburseHealthApplication(input: $input) { status } }`,
      { input: { applicationId: `window:${applicationId}:p1`, paymentReference: 'LS-2026-0042' } },
    );
    expect(paid.errors).toBeUndefined();
    const [medical] = await live();
    expect(medical.healthProgress).toMatchObject({
      status: 'APPROVED',
      recordStatus: 'DISBURSED',
      recordStatusOn: localDateInChina(new Date()),
      recordAmountFen: granted,
    });
    // Who may not read the application may not read its parts' progress either.
    const elsewhere = await as(
      OTHER_COUNTY_HEALTH,
      `query ($id: ID!) { application(id: $id) { parts { healthProgress { status } } } }`,
      { id: applicationId },
    );
    expect(elsewhere.data?.application ?? null).toBeNull();
    expect(codeOf(elsewhere)).toMatchObject({ code: 'OUT_OF_REGION' });
  }, 120_000);

  it('四(四)1, 四(三)3: the bureau confirming a child’s aid at its desk decides the child’s pending window part too', async () => {
    const birthDate = '2015-05-05';
    const other = (
      await ok(BUREAU, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: aChild({
          givenName: '小红',
          regionCode: VILLAGE,
          birthDate,
          residentIdNumber: residentIdFor(birthDate, 'FEMALE'),
        }),
      })
    ).registerChild.id as string;
    await ok(
      BUREAU,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      { input: { childId: other, reason: '民政核查', dibao: true } },
    );
    const proposalId = `${other}:CLASSIFIED_AID`;
    await waitFor(
      'education to propose aid for the child',
      async () =>
        (
          await as(EDUCATION, `query ($id: ID!) { child(id: $id) { education { aidProposals { id } } } }`, {
            id: other,
          })
        ).data?.child?.education?.aidProposals?.some((p: { id: string }) => p.id === proposalId),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    const submitted = await ok(
      WINDOW,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
      {
        input: {
          childId: other,
          townshipCode: '450721101',
          applicantName: '黄秀英',
          applicantRelation: '祖母',
          parts: [{ kind: 'EDUCATION_AID', request: '义务教育阶段生活补助' }],
        },
      },
    );
    const id = submitted.submitApplication.id as string;
    await ok(WINDOW, `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { id } }`, {
      input: { applicationId: id, approved: true, note: '材料齐全' },
    });
    await waitFor(
      'education to queue the aid part',
      async () => (await queue(EDUCATION, 'educationWindowParts')).some((p) => p.applicationId === id),
      { timeoutMs: 120_000, intervalMs: 250 },
    );

    const confirmed = await ok(
      EDUCATION,
      `mutation ($input: DecideEducationAidInput!) { confirmEducationAid(input: $input) { id status windowPartId } }`,
      { input: { proposalId, by: '灵山县教育局 资助股', reason: '低保家庭，纳入分类资助' } },
    );
    expect(confirmed.confirmEducationAid).toMatchObject({ id: proposalId, status: 'CONFIRMED' });
    // The part was decided with the aid, linked to it, and nothing of the child's is left pending.
    const [part] = (await queue(EDUCATION, 'educationWindowParts', 'APPROVED')).filter(
      (p) => p.applicationId === id,
    );
    expect(part.decision).toMatchObject({
      approved: true,
      decidedBy: `EDUCATION:${EDUCATION.userId}`,
      recordId: proposalId,
      note: expect.stringContaining('低保家庭，纳入分类资助'),
    });
    expect((await queue(EDUCATION, 'educationWindowParts')).filter((p) => p.applicationId === id)).toEqual(
      [],
    );
    const atWindow = await waitFor(
      'assistance to record the part approved',
      async () => (await applicationParts(id)).find((p) => p.status === 'APPROVED'),
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    expect(atWindow).toMatchObject({ partId: 'p1', department: 'EDUCATION', departmentRecordId: proposalId });
  }, 180_000);
});
