/* Assistance demo data through the gateway: an accepted orphan allowance, a pending dibao proposal,
 * one-window applications in progress, and this month's payment roll for the city.
 * Safe to run again: what is already there is left as it is. */

import { DEMO_ACTORS, type GatewayClient } from './gateway-client';

const CHILD = `query ($id: ID!) { child(id: $id) { assistance {
  proposals { id programme status } applications { id status } benefits { id programme status } } } }`;

/** The child's assistance fields once the registry's events have reached assistance (or null). */
async function assistanceOf(gateway: GatewayClient, id: string, until: (a: any) => boolean) {
  for (let i = 0; i < 120; i++) {
    const a = (await gateway.post(DEMO_ACTORS.assistance, CHILD, { id })).data?.child?.assistance;
    if (a && until(a)) return a;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

export async function loadAssistanceDemo(
  gateway: GatewayClient,
  childIds: Record<string, string>,
): Promise<void> {
  const must = (who: 'assistance' | 'township', what: string, query: string, variables: object = {}) =>
    gateway.must(DEMO_ACTORS[who], what, query, variables);
  const month = today().slice(0, 7);

  const orphan = childIds['覃美玲'];
  if (orphan) {
    const a = await assistanceOf(gateway, orphan, (x) => x.proposals.length > 0);
    const pending = a?.proposals.find(
      (p: any) => p.programme === 'ORPHAN_ALLOWANCE' && p.status === 'PENDING',
    );
    if (pending) {
      await must(
        'assistance',
        'accept the orphan allowance',
        `mutation ($input: AcceptProposalInput!) { acceptProposal(input: $input) { benefit { id } } }`,
        { input: { proposalId: pending.id, startDate: `${month}-01`, reason: '钦南区民政局审批（演示）' } },
      );
      console.log('  assistance: 覃美玲 orphan allowance accepted');
    }
  }

  const dibao = childIds['陆思琪'];
  if (dibao && (await assistanceOf(gateway, dibao, (x) => x.proposals.length > 0)))
    console.log('  assistance: 陆思琪 has a dibao proposal waiting for a caseworker');

  const applications: [string, string, { kind: string; request: string }[], boolean][] = [
    [
      '韦小燕',
      '450721101',
      [
        { kind: 'REHAB_ASSISTANCE', request: '0-6岁听力残疾儿童康复训练' },
        { kind: 'MEDICAL_ASSISTANCE', request: '人工耳蜗手术费用救助' },
      ],
      true,
    ],
    ['李俊杰', '450721101', [{ kind: 'TEMPORARY_ASSISTANCE', request: '家中突发火灾，申请临时救助' }], false],
  ];
  for (const [name, townshipCode, parts, review] of applications) {
    const id = childIds[name];
    const a = id ? await assistanceOf(gateway, id, () => true) : null;
    if (!a || a.applications.length) continue;
    // The township's one-window office takes the application and reviews it first (镇初审).
    const submitted = await must(
      'township',
      `submit ${name}'s application`,
      `mutation ($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
      { input: { childId: id, townshipCode, applicantName: '监护人', applicantRelation: '母亲', parts } },
    );
    if (review) {
      await must(
        'township',
        `review ${name}'s application`,
        `mutation ($input: ApplicationStepInput!) { reviewApplication(input: $input) { id } }`,
        {
          input: { applicationId: submitted.submitApplication.id, approved: true, note: '镇初审：材料齐全' },
        },
      );
    }
    console.log(
      `  assistance: ${name}'s one-window application ${review ? 'reviewed, parts routed' : 'received'}`,
    );
  }

  const roll = await must(
    'assistance',
    'generate the payment roll',
    `mutation ($input: GeneratePaymentRollInput!) { generatePaymentRoll(input: $input) { id lines { benefitId } totalFen } }`,
    { input: { regionCode: '450700', month } },
  );
  const r = roll.generatePaymentRoll;
  console.log(
    `  assistance: payment roll ${r.id}: ${r.lines.length} payment(s), ${(r.totalFen / 100).toFixed(2)} yuan`,
  );
}
