/* The registry's demo records beyond the children themselves: supervisors, entrusted guardianship
 * agreements (one in force, one ending soon, one ended), visits (one overdue, one finding a child
 * alone) and a provisional record. Run once, for children registered in this run. */
import { residentIdCheckChar } from '@qz/kernel';
import { DEMO_ACTORS, type GatewayClient } from './gateway-client';

const day = (offset: number) =>
  new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const guardianId = (birth: string, seq: string) => {
  const first17 = `450702${birth.replace(/-/g, '')}${seq}`;
  return first17 + residentIdCheckChar(first17);
};

export async function loadRegistryDemo(
  gateway: GatewayClient,
  ids: Record<string, string>,
  fresh: Set<string>,
) {
  // The ledger is civil affairs' (the city bureau: the demo children live in four counties).
  const post = (query: string, variables: object) => gateway.post(DEMO_ACTORS.registry, query, variables);
  const call = async (what: string, mutation: string, input: object, tolerate: string[] = []) => {
    const body = await post(mutation, { input });
    const code = body.errors?.[0]?.extensions?.code ?? '';
    if (body.errors && !tolerate.includes(code)) throw new Error(`${what}: ${body.errors[0].message}`);
    return body.data;
  };
  const APPOINT = `mutation ($input: AppointSupervisorInput!) { appointSupervisor(input: $input) { id } }`;
  const supervisors = [
    { name: '黄丽', role: 'VILLAGE_SUPERVISOR', regionCode: '450702100201', appointedOn: '2025-03-01' },
    { name: '陈静', role: 'TOWNSHIP_SOCIAL_WORKER', regionCode: '450702100', appointedOn: '2025-03-01' },
    { name: '蒙海燕', role: 'VILLAGE_SUPERVISOR', regionCode: '450703103201', appointedOn: '2025-06-01' },
  ];
  for (const s of supervisors) await call(`appoint ${s.name}`, APPOINT, s, ['SUPERVISOR_POST_HELD']);

  const only = (name: string) => (fresh.has(name) ? ids[name] : null);
  const AGREEMENT = `mutation ($input: AddEntrustmentAgreementInput!) { addEntrustmentAgreement(input: $input) { id } }`;
  const END = `mutation ($input: EndEntrustmentAgreementInput!) { endEntrustmentAgreement(input: $input) { id } }`;
  const agreement = (childId: string, guardianName: string, startDate: string, endDate: string) => ({
    childId,
    guardianName,
    guardianResidentIdNumber: guardianId('1960-04-12', '002'),
    relationship: '祖母',
    witnessedBy: '村民委员会',
    signedOn: startDate < day(0) ? startDate : day(0),
    startDate,
    endDate,
  });
  const covered = only('黄志强');
  if (covered) await call('agreement', AGREEMENT, agreement(covered, '黄秀英', '2026-01-01', '2027-12-31'));
  const endingSoon = only('莫子轩');
  if (endingSoon) await call('agreement', AGREEMENT, agreement(endingSoon, '莫桂兰', '2025-12-01', day(20)));
  const ended = only('蒙欣怡');
  if (ended) {
    await call('agreement', AGREEMENT, agreement(ended, '蒙玉珍', '2025-06-01', '2026-05-31'));
    const child = await post(`query ($id: ID!) { child(id: $id) { guardianship { agreements { id } } } }`, {
      id: ended,
    });
    const agreementId = child.data?.child.guardianship.agreements[0].id;
    await call('end agreement', END, {
      childId: ended,
      agreementId,
      endedOn: '2026-03-31',
      reason: '祖母病故',
    });
  }

  const VISIT = `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`;
  const visit = (childId: string, visitedOn: string, findings: string, riskFlags: string[]) => ({
    childId,
    kind: 'HOME_VISIT',
    visitedOn,
    visitorName: '黄丽',
    findings,
    riskFlags,
  });
  const overdue = only('黄志强');
  if (overdue) await call('visit', VISIT, visit(overdue, '2026-06-01', '祖母照料良好，学习正常', []));
  const medium = only('苏雨桐');
  if (medium) await call('visit', VISIT, visit(medium, day(-3), '近一周未到幼儿园', ['NOT_IN_SCHOOL']));
  const alone = only('吴雅琪');
  if (alone) await call('visit', VISIT, visit(alone, day(-1), '儿童独自在家，祖父住院', ['LIVING_ALONE']));

  if (fresh.size) {
    await call(
      'provisional record',
      `mutation ($input: RegisterProvisionalChildInput!) { registerProvisionalChild(input: $input) { id } }`,
      {
        familyName: '钦',
        givenName: '安安',
        sex: 'MALE',
        estimatedBirthDate: day(-300),
        regionCode: '450702100001',
        description: '在沙埠镇卫生院门口被发现，由民政部门临时监护，身份待查',
      },
    );
  }
}
