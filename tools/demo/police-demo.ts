/* Police demo records: cases at every stage of 四(二)2–5 — a missing child reported to 110 hours ago
 * and not dispatched (overdue, escalated by the sweep), a new report, a case awaiting the township,
 * one with the township's assessment open, one assessed with a plan and closed, and a revocation
 * petition on a six-month refusal. Skipped when the demo children already have police cases. */

import { DEMO_ACTORS, type GatewayClient } from './gateway-client';

const CASE = `id status`;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

export async function loadPoliceDemo(
  gateway: GatewayClient,
  childIds: Record<string, string>,
): Promise<void> {
  // The city's 110 centre takes every report and works every case of the demo.
  // The township's office assesses and closes a case after the police notify it (灵山县新圩镇
  // for 韦小燕's); civil affairs petitions to revoke a guardianship.
  const BY: Record<string, keyof typeof DEMO_ACTORS> = {
    recordAssessment: 'township',
    closeCase: 'township',
    fileRevocationPetition: 'registry',
  };
  const post = (_url: unknown, query: string, variables: object, by: keyof typeof DEMO_ACTORS = 'police') =>
    gateway.post(DEMO_ACTORS[by], query, variables);
  const gatewayUrl = gateway.url;
  const mutate = async (name: string, input: object, retryUnknownChild = false) => {
    const type = name[0].toUpperCase() + name.slice(1);
    for (let attempt = 0; ; attempt++) {
      const body = await post(
        gatewayUrl,
        `mutation ($input: ${type}Input!) { ${name}(input: $input) { ${CASE} } }`,
        { input },
        BY[name] ?? 'police',
      );
      const code = body.errors?.[0]?.extensions?.code;
      // A child registered a moment ago may not have reached police yet.
      if (retryUnknownChild && code === 'CHILD_NOT_FOUND' && attempt < 50) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      if (body.errors) throw new Error(`police demo, ${name}: ${body.errors[0].message}`);
      return body.data[name] as { id: string; status: string };
    }
  };
  const id = (name: string) => {
    const found = childIds[name];
    if (!found) throw new Error(`police demo: no demo child ${name}`);
    return found;
  };

  // The hospital's report about 李俊杰 is this demo's own; a case from education's mandatory
  // report about him (the education demo's dropout) is not a sign the police demo ran.
  const marker = await post(
    gatewayUrl,
    `query ($id: ID!) { child(id: $id) { protectionCases { reports { reporterOrganisation } } } }`,
    { id: id('李俊杰') },
  );
  const cases: { reports: { reporterOrganisation?: string }[] }[] = marker.data?.child?.protectionCases ?? [];
  if (cases.some((c) => c.reports.some((r) => r.reporterOrganisation === '灵山县人民医院'))) {
    console.log('  police demo cases are already loaded');
    return;
  }
  const report = (over: object) =>
    mutate(
      'receiveReport',
      {
        reporterKind: 'VILLAGE_COMMITTEE',
        channel: 'DUTY_BEARER_DIRECT',
        reporterOrganisation: '沙埠村委会',
        reporterName: '督导员 黄丽',
        regionCode: '450702100201',
        ...over,
      },
      true,
    );
  const dispatch = (caseId: string) =>
    mutate('dispatchCase', { caseId, unit: '沙埠派出所', officer: '李警官' });

  // Overdue: a missing child reported to 110 three hours ago, nobody dispatched.
  await mutate('receiveReport', {
    situationType: 'MISSING',
    reporterKind: 'PUBLIC',
    channel: 'CALL_110',
    reporterName: '陈女士',
    reporterPhone: '13800000000',
    childDescription: '约7岁女孩，穿红色外套，在沙埠镇集市走失',
    regionCode: '450702100',
    address: '沙埠镇集市',
    facts: '路人报告孩子与家人走散',
    receivedAt: hoursAgo(3),
  });

  // New: a report just received about a guardian who lost capacity.
  await report({
    situationType: 'GUARDIAN_LOST_CAPACITY',
    childId: id('李俊杰'),
    regionCode: '450721101201',
    reporterOrganisation: '灵山县人民医院',
    reporterKind: 'HOSPITAL',
    reporterName: '社工部 刘医生',
    facts: '唯一照料儿童的祖父中风住院',
  });

  // Awaiting the township: violence stopped, the child escorted to a shelter.
  const violence = await report({
    situationType: 'SUSPECTED_DOMESTIC_VIOLENCE',
    childId: id('梁家豪'),
    regionCode: '450722101201',
    reporterKind: 'SCHOOL',
    reporterOrganisation: '浦北县第二小学',
    reporterName: '班主任 周老师',
    facts: '儿童手臂多处淤伤，称被继父殴打',
  });
  await dispatch(violence.id);
  await mutate('recordMeasure', {
    caseId: violence.id,
    kind: 'VIOLENCE_STOPPED_ESCORTED_TO_SHELTER',
    counterpart: '浦北县救助管理站',
    notes: '制止家暴，通知民政部门护送至救助站',
  });

  // Assessment open: the township notified.
  const neglect = await report({
    situationType: 'GUARDIAN_NOT_PERFORMING',
    childId: id('覃美玲'),
    facts: '儿童长期无人照料，靠邻居接济',
  });
  await dispatch(neglect.id);
  await mutate('recordMeasure', {
    caseId: neglect.id,
    kind: 'TEMPORARY_CARE',
    counterpart: '钦南区儿童福利院',
    handoverDocument: '交接单 QN-2026-201',
    notes: '由福利院临时照料',
  });
  // The child's case may have come in from the school's mandatory report at county level (the
  // school's region): the township is named.
  await mutate('notifyTownship', {
    caseId: neglect.id,
    townshipCode: '450702100',
    contact: '沙埠镇政府 值班室',
  });

  // Assessed with a plan, then closed.
  const alone = await report({
    situationType: 'LEFT_ALONE',
    childId: id('韦小燕'),
    regionCode: '450721101201',
    reporterKind: 'SCHOOL',
    reporterOrganisation: '灵山县第一小学',
    reporterName: '班主任 黄老师',
    facts: '儿童称父母外出后独自在家一个月',
  });
  await dispatch(alone.id);
  await mutate('recordMeasure', { caseId: alone.id, kind: 'ORDER_PARENTS_RETURN', notes: '责令父亲返回' });
  await mutate('recordMeasure', {
    caseId: alone.id,
    kind: 'ENTRUSTED_GUARDIAN_SET',
    counterpart: '姑妈 韦秀英',
    notes: '父亲返回前委托姑妈照料',
  });
  await mutate('notifyTownship', {
    caseId: alone.id,
    townshipCode: '450721101',
    contact: '灵山县城镇政府 民政办',
  });
  await mutate('recordAssessment', {
    caseId: alone.id,
    assessedOn: day(0),
    participants: ['镇政府 韦主任', '县民政局 黄社工', '派出所 李警官'],
    safety: 'SAFE',
    guardianship: 'AT_RISK',
    health: 'SAFE',
    findings: '父亲已返回，签订委托监护协议前需监护指导',
    plan: [
      { service: 'GUARDIANSHIP_GUIDANCE', description: '指导父母签订委托监护协议' },
      { service: 'SOCIAL_ASSISTANCE', description: '协助申请临时救助' },
      { service: 'COUNSELLING', description: '心理疏导 3 次' },
    ],
  });
  await mutate('closeCase', { caseId: alone.id, reason: '监护落实，帮扶事项已移交相关部门' });

  // Six months of refusal on record after the police educated the parents (四(二)5), and a
  // revocation petition on it.
  const refusal = await report({
    situationType: 'GUARDIAN_NOT_PERFORMING',
    childId: id('陆思琪'),
    regionCode: '450703103201',
    reporterOrganisation: '小董村委会',
    facts: '父母外出务工后不再联系，不寄生活费',
    receivedAt: hoursAgo(24 * 240),
  });
  await dispatch(refusal.id);
  await mutate('recordIntervention', {
    caseId: refusal.id,
    kind: 'CRITICISM_EDUCATION',
    against: '父 陆某、母 黄某',
    decidedOn: day(-230),
    notes: '电话训诫父母，责令其履行监护职责',
  });
  await report({
    situationType: 'GUARDIAN_NOT_PERFORMING',
    childId: id('陆思琪'),
    regionCode: '450703103201',
    reporterOrganisation: '小董村委会',
    facts: '训诫后父母仍不联系，不寄生活费',
    receivedAt: hoursAgo(24 * 213),
  });
  await report({
    situationType: 'GUARDIAN_NOT_PERFORMING',
    childId: id('陆思琪'),
    regionCode: '450703103201',
    reporterOrganisation: '小董村委会',
    facts: '父母仍无音讯，儿童生活无着',
  });
  await mutate('fileRevocationPetition', {
    caseId: refusal.id,
    against: '父 陆某、母 黄某',
    petitioner: 'CIVIL_AFFAIRS',
    petitionerName: '钦北区民政局',
    filedOn: day(0),
    grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
  });
  console.log(
    '  police demo: 6 cases (overdue, new, awaiting township, assessment open, closed, petition filed)',
  );
}
