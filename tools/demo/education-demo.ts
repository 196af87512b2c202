/* Education demo data (控辍保学): schools, enrolments, and dropout cases that are open, returned,
 * overdue and escalated, plus an absence risk. Called at the end of load-demo-data.ts; safe to run
 * again (a child already enrolled keeps the story it has). */

import { DEMO_ACTORS, type GatewayClient } from './gateway-client';

/** Who acts: the bureau (schools, escalation, reading) or a school of 钦南区 (its own students). */
type By = 'education' | 'school';
/** A school of another county is the bureau's to act for in the demo (the school user is 钦南区's). */
const at = (schoolRegion: string): By => (schoolRegion === '450702' ? 'school' : 'education');

async function post(gateway: GatewayClient, by: By, query: string, variables: object = {}) {
  return gateway.post(DEMO_ACTORS[by], query, variables);
}

async function must(
  gateway: GatewayClient,
  by: By,
  query: string,
  variables: object,
  what: string,
): Promise<any> {
  const data = await gateway.must(DEMO_ACTORS[by], `education demo: ${what}`, query, variables);
  return Object.values(data)[0];
}

/** The date `n` days before today in China time. */
const daysAgo = (n: number) =>
  new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

const SCHOOLS = [
  { name: '钦南区第一中学', regionCode: '450702', level: 'JUNIOR_SECONDARY' },
  { name: '钦南区实验小学', regionCode: '450702', level: 'PRIMARY' },
  { name: '钦北区大寺镇中心小学', regionCode: '450703', level: 'PRIMARY' },
  { name: '灵山县第二中学', regionCode: '450721', level: 'JUNIOR_SECONDARY' },
] as const;

async function school(url: GatewayClient, s: (typeof SCHOOLS)[number]): Promise<string> {
  const created = await post(
    url,
    'education',
    `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }`,
    { input: s },
  );
  if (created.data?.createSchool) return created.data.createSchool.id;
  const found = await must(
    url,
    'education',
    `query ($r: String!) { schools(regionCode: $r) { id name } }`,
    { r: s.regionCode },
    s.name,
  );
  return found.find((x: { name: string }) => x.name === s.name).id;
}

/** Waits until education has the child from the registry's events (registered and classified). */
async function known(url: GatewayClient, childId: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    const r = await post(
      url,
      'education',
      `query ($id: ID!) { child(id: $id) { education { registryCategories } } }`,
      {
        id: childId,
      },
    );
    if (r.data?.child?.education?.registryCategories?.length) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`education demo: education has not learned of child ${childId} from the registry`);
}

const M = {
  enrol: `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { grade } }`,
  register: `mutation ($input: RegisterDropoutInput!) { registerDropout(input: $input) { id caseNumber mandatoryReportId } }`,
  persuade: `mutation ($input: RecordPersuasionInput!) { recordPersuasionAttempt(input: $input) { status } }`,
  flag: `mutation ($input: FlagDropoutInput!) { flagDropout(input: $input) { status reportDueOn } }`,
  report: `mutation ($input: SubmitDropoutReportInput!) { submitDropoutReport(input: $input) { status } }`,
  escalate: `mutation ($input: EscalateDropoutInput!) { escalateDropout(input: $input) { status } }`,
  absence: `mutation ($input: RecordAbsenceInput!) { recordAbsence(input: $input) { riskOpened { id } } }`,
};

export async function loadEducationDemo(
  gateway: GatewayClient,
  childIds: Record<string, string>,
): Promise<void> {
  const url = gateway;
  const [first, experimental, dasi, lingshan2] = await Promise.all(SCHOOLS.map((s) => school(url, s)));
  const region = new Map([first, experimental, dasi, lingshan2].map((id, i) => [id, SCHOOLS[i].regionCode]));
  const caseRegion = new Map<string, string>();
  const byCase = (input: { caseId?: string; [k: string]: unknown }) =>
    at(caseRegion.get(input.caseId ?? '') ?? '');
  const enrol = async (name: string, schoolId: string, grade: number) => {
    const childId = childIds[name];
    if (!childId) return null;
    await known(url, childId);
    const body = await post(url, at(region.get(schoolId) ?? ''), M.enrol, {
      input: {
        childId,
        schoolId,
        grade,
        boarding: false,
        enrolledOn: '2025-09-01',
      },
    });
    if (body.errors?.[0]?.extensions?.code === 'CHILD_ALREADY_ENROLLED') {
      console.log(`  ${name} is already enrolled; education demo left as it is`);
      return null;
    }
    if (body.errors) throw new Error(`education demo: enrol ${name}: ${body.errors[0].message}`);
    return childId;
  };
  const open = async (childId: string, schoolId: string, openedOn: string, facts: string, by: string) => {
    const by_ = at(region.get(schoolId) ?? '');
    const c = await must(
      url,
      by_,
      M.register,
      { input: { childId, schoolId, openedOn, facts, by } },
      'register dropout',
    );
    caseRegion.set(c.id, region.get(schoolId) ?? '');
    return c;
  };
  // The school acts on its case; escalation to the county government is the bureau's.
  const step = (m: string, input: { caseId?: string; [k: string]: unknown }) =>
    must(url, m === M.escalate ? 'education' : byCase(input), m, { input }, 'case step');

  // Escalated: a left-behind boy whom two home visits did not bring back.
  const huang = await enrol('黄志强', first, 3);
  if (huang) {
    const c = await open(
      huang,
      first,
      daysAgo(30),
      '连续两周未到校，祖父母称其欲随同乡外出打工',
      '班主任 李老师',
    );
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(29),
      by: '李老师',
      method: 'HOME_VISIT',
      result: 'REFUSED',
      notes: '祖父母无法劝说',
    });
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(27),
      by: '王校长',
      method: 'PHONE',
      result: 'NOT_REACHED',
      notes: '父母在广东，电话未接',
    });
    await step(M.flag, {
      caseId: c.id,
      on: daysAgo(25),
      by: '教务处 陈老师',
      note: '劝返无效，学籍系统已标识',
    });
    await step(M.report, {
      caseId: c.id,
      on: daysAgo(24),
      by: '王校长',
      townshipGovernment: '尖山街道办事处',
    });
    await step(M.escalate, {
      caseId: c.id,
      on: daysAgo(20),
      by: '尖山街道 韦主任',
      reason: '监护人长期在外，需公安、民政配合',
      departments: ['公安', '民政'],
    });
    console.log(
      `  ${c.caseNumber}: 黄志强, escalated to the county government (mandatory report ${c.mandatoryReportId})`,
    );
  }

  // Overdue: flagged ten days ago, no written report yet.
  const li = await enrol('李俊杰', lingshan2, 2);
  if (li) {
    const c = await open(li, lingshan2, daysAgo(14), '开学后未返校，家长称在家帮工', '班主任 黄老师');
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(13),
      by: '黄老师',
      method: 'HOME_VISIT',
      result: 'REFUSED',
      notes: '家长不同意返校',
    });
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(12),
      by: '黄老师',
      method: 'WITH_VILLAGE_COMMITTEE',
      result: 'REFUSED',
      notes: '村委会一同劝说无果',
    });
    await step(M.flag, { caseId: c.id, on: daysAgo(10), by: '教务处 邓老师', note: '学籍系统已标识' });
    console.log(`  ${c.caseNumber}: 李俊杰, written report overdue`);
  }

  // Returned: one refusal, then back at school; afterwards absences open a risk record.
  const lu = await enrol('陆思琪', dasi, 4);
  if (lu) {
    const c = await open(lu, dasi, daysAgo(21), '一周未到校', '班主任 梁老师');
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(20),
      by: '梁老师',
      method: 'PHONE',
      result: 'REFUSED',
      notes: '奶奶说孩子不愿上学',
    });
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(18),
      by: '梁老师',
      method: 'HOME_VISIT',
      result: 'RETURNED',
      notes: '家访后次日返校',
    });
    let risk = null;
    for (const d of [9, 8, 7, 6, 5, 4, 3].map(daysAgo)) {
      const day = new Date(`${d}T00:00:00Z`).getUTCDay();
      if (day === 0 || day === 6 || risk) continue;
      risk = (
        await must(
          url,
          at(region.get(dasi) ?? ''),
          M.absence,
          { input: { childId: lu, date: d, excused: false, reason: '无故缺课', by: '梁老师' } },
          'absence',
        )
      ).riskOpened;
    }
    console.log(`  ${c.caseNumber}: 陆思琪, returned to school; absences since opened a risk record`);
  }

  // Open: registered, one failed persuasion attempt.
  const qin = await enrol('覃美玲', experimental, 2);
  if (qin) {
    const c = await open(qin, experimental, daysAgo(3), '三天未到校，监护人联系不上', '班主任 苏老师');
    await step(M.persuade, {
      caseId: c.id,
      on: daysAgo(2),
      by: '苏老师',
      method: 'HOME_VISIT',
      result: 'NOT_REACHED',
      notes: '家中无人',
    });
    console.log(`  ${c.caseNumber}: 覃美玲, open (persuading)`);
  }
}
