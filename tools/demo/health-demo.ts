/**
 * Health demo data through the gateway (四(三)2): a disability certificate, applications at each
 * step of the workflow, a refusal by the age rule, and a county rehabilitation budget close to its
 * limit. Skips a child that already has applications, so running it again adds nothing.
 */
import { DEMO_CERTIFICATES } from './demo-children';
import { DEMO_ACTORS, type GatewayClient } from './gateway-client';

/** Who acts: the health commission (budgets, medical claims) or the DPF (disability, rehabilitation). */
type By = 'health' | 'dpf';
const must = (
  gateway: GatewayClient,
  query: string,
  variables: object,
  what: string,
  by: By = 'health',
): Promise<any> => gateway.must(DEMO_ACTORS[by], `health demo: could not ${what}`, query, variables);

/** Health learns of children over Kafka, a moment after the registry: wait for it. */
async function whenKnown(
  gateway: GatewayClient,
  childId: string,
  ready: (health: any) => boolean = () => true,
) {
  const query = `query ($id: ID!) { child(id: $id) { health { trackedSince medicalAssistanceGroup rehabServices { id } } } }`;
  for (let i = 0; i < 120; i++) {
    const health = (await gateway.post(DEMO_ACTORS.health, query, { id: childId })).data?.child?.health;
    if (health && ready(health)) return health;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`health demo: the health service has not learned of child ${childId}`);
}

const APP = `id status computation { amountFen }`;
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function loadHealthDemo(
  gateway: GatewayClient,
  childIds: Record<string, string>,
): Promise<void> {
  const url = gateway;
  const year = Number(today().slice(0, 4));
  const xiaoyan = childIds['韦小燕']; // 5, hearing disability, 灵山县
  const meiling = childIds['覃美玲']; // 7, orphan, 钦南区
  const siqi = childIds['陆思琪']; // dibao household, 钦北区
  const jiahao = childIds['梁家豪']; // de facto unsupported, 浦北县
  if (!xiaoyan || !meiling || !siqi || !jiahao) {
    console.log('  health demo: demo children missing, skipped');
    return;
  }
  const known = await whenKnown(url, xiaoyan);
  if (known.rehabServices.length) {
    console.log('  health demo data is already loaded');
    return;
  }

  // Rehabilitation applications are the DPF's at every step; medical claims the commission's.
  const dpfApplications = new Set<string>();
  const step = (
    mutation: string,
    input: { applicationId?: string; [k: string]: unknown },
    type = 'HealthWorkflowStepInput',
  ) =>
    must(
      url,
      `mutation ($input: ${type}!) { ${mutation}(input: $input) { ${APP} } }`,
      { input },
      mutation,
      mutation === 'applyForRehab' || dpfApplications.has(input.applicationId ?? '') ? 'dpf' : 'health',
    ).then((d) => {
      if (mutation === 'applyForRehab') dpfApplications.add(d[mutation].id);
      return d[mutation];
    });
  const budget = (regionCode: string, programme: string, limitFen: number, reason: string) =>
    must(
      url,
      `mutation ($input: SetHealthBudgetInput!) { setHealthBudget(input: $input) { id } }`,
      { input: { regionCode, programme, year, limitFen, reason } },
      'set a budget',
    );
  const rehab = (input: object) =>
    step('applyForRehab', { serviceDate: today(), ...input }, 'ApplyForRehabInput');
  const claim = (input: object) =>
    step('submitMedicalClaim', { serviceDate: today(), ...input }, 'SubmitMedicalClaimInput');
  // The registry's classification reaches health over Kafka, a moment after the registration.
  const inDifficulty = (childId: string, group: string) =>
    whenKnown(url, childId, (h) => h.medicalAssistanceGroup === group);

  // Budgets: 灵山县's rehabilitation budget ends up 95% used.
  await budget('450721', 'REHAB', 400_000, '灵山县残疾儿童康复救助年度预算（演示）');
  await budget('450703', 'MEDICAL_ASSISTANCE', 5_000_000, '钦北区医疗救助年度预算（演示）');
  await budget('450702', 'TOMORROW_PLAN', 2_000_000, '钦南区明天计划年度预算（演示）');

  // 韦小燕, 5, hearing grade 2 (重残, recorded by loadDemoCertificates): severe-disability premium
  // subsidy, and rehabilitation at each step.
  const training = await rehab({
    childId: xiaoyan,
    programme: 'REHAB',
    disabilityType: 'HEARING',
    service: 'TRAINING',
    institutionId: 'QZ-MATERNAL-CHILD',
    costFen: 300_000,
  });
  await step('reviewHealthApplication', { applicationId: training.id, note: '评估报告齐全' });
  await step('approveHealthApplication', { applicationId: training.id, note: '同意' });
  await step(
    'disburseHealthApplication',
    { applicationId: training.id, paymentReference: 'DEMO-PAY-0001' },
    'DisburseHealthApplicationInput',
  );
  const device = await rehab({
    childId: xiaoyan,
    programme: 'REHAB',
    disabilityType: 'HEARING',
    service: 'ASSISTIVE_DEVICE',
    institutionId: 'QZ-MATERNAL-CHILD',
    costFen: 80_000,
  });
  await step('reviewHealthApplication', { applicationId: device.id, note: '助听器适配' });
  await step('approveHealthApplication', { applicationId: device.id, note: '同意' });
  const surgery = await rehab({
    childId: xiaoyan,
    programme: 'REHAB',
    disabilityType: 'HEARING',
    service: 'SURGERY',
    institutionId: 'QZ-PEOPLES-HOSPITAL',
    costFen: 150_000,
  });
  await step('reviewHealthApplication', {
    applicationId: surgery.id,
    note: '人工耳蜗评估通过；预算不足，待追加',
  });
  await rehab({
    childId: xiaoyan,
    programme: 'REHAB',
    disabilityType: 'HEARING',
    service: 'TRAINING',
    institutionId: 'QZ-MATERNAL-CHILD',
    costFen: 100_000,
  });

  // 覃美玲, 7, orphan with a physical disability (its certificate in DEMO_CERTIFICATES): 明天计划
  // surgery waits for review; rehabilitation is refused by age.
  await inDifficulty(meiling, 'ORPHAN');
  await rehab({
    childId: meiling,
    programme: 'TOMORROW_PLAN',
    disabilityType: 'PHYSICAL',
    service: 'SURGERY',
    institutionId: 'QZ-PEOPLES-HOSPITAL',
    costFen: 2_000_000,
  });
  await rehab({
    childId: meiling,
    programme: 'REHAB',
    disabilityType: 'PHYSICAL',
    service: 'TRAINING',
    institutionId: 'QZ-REHAB-CENTRE',
    costFen: 120_000,
  });

  // 陆思琪, dibao: a medical claim approved; 梁家豪, de facto unsupported: a claim waiting for review.
  await inDifficulty(siqi, 'DIBAO');
  const pneumonia = await claim({
    childId: siqi,
    hospital: '钦州市第一人民医院',
    diagnosis: '重症肺炎',
    expenseFen: 860_000,
  });
  await step('reviewHealthApplication', { applicationId: pneumonia.id, note: '住院发票核对无误' });
  await step('approveHealthApplication', { applicationId: pneumonia.id, note: '同意' });
  await inDifficulty(jiahao, 'OTHER_DIFFICULTY');
  await claim({ childId: jiahao, hospital: '浦北县人民医院', diagnosis: '骨折', expenseFen: 420_000 });
  console.log(
    '  health demo: 7 applications (each workflow step), 3 budgets (灵山县 rehabilitation 95% used)',
  );
}

/**
 * The demo children's disability certificates (DEMO_CERTIFICATES), recorded by the DPF in health —
 * the one record of a certificate (issue 15) — right after registration, and waited for in the
 * ledger: the registry classifies each child DISABLED from health's event, before the other
 * departments' demo data (one-window parts, rehabilitation) is loaded.
 */
export async function loadDemoCertificates(
  gateway: GatewayClient,
  childIds: Record<string, string>,
  fresh: Set<string>,
): Promise<void> {
  const DISABLED = `query ($id: ID!) { child(id: $id) { classification { categories { category } } } }`;
  for (const [name, c] of Object.entries(DEMO_CERTIFICATES)) {
    const childId = childIds[name];
    if (!childId || !fresh.has(name)) continue;
    await whenKnown(gateway, childId);
    await must(
      gateway,
      `mutation ($input: RecordDisabilityCertificateInput!) { recordDisabilityCertificate(input: $input) { type } }`,
      { input: { childId, ...c } },
      'record a disability',
      'dpf',
    );
    for (let i = 0; ; i++) {
      const body = await gateway.post(DEMO_ACTORS.registry, DISABLED, { id: childId });
      const categories = body.data?.child?.classification.categories ?? [];
      if (categories.some((x: { category: string }) => x.category === 'DISABLED')) break;
      if (i >= 120) throw new Error(`health demo: the ledger has not learned ${name}'s certificate`);
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(`  DPF recorded ${name}'s certificate (${c.type}, grade ${c.grade}); the ledger has it`);
  }
}
