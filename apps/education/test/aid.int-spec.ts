import { waitFor } from '@qz/testing';
import { EducationStack } from './education-stack';

const AID = `id childId kind rule basis status decision { by reason } withdrawnReason`;
const DECIDE = (verb: string) =>
  `mutation ($input: DecideEducationAidInput!) { ${verb}EducationAid(input: $input) { ${AID} } }`;

/**
 * Education aid (四(三)3) proposed from the registry's categories as they arrive over Kafka, and
 * decided by the bureau through the gateway; registry and education run from the build.
 */
describe('education: aid proposals from registry categories', () => {
  const stack = new EducationStack();

  beforeAll(() => stack.start());
  afterAll(() => stack.stop());

  const proposals = async (childId: string) => {
    const r = await stack.gql(
      `query ($id: ID!) { child(id: $id) { education { aidProposals { ${AID} } } } }`,
      {
        id: childId,
      },
    );
    return (r.data?.child?.education?.aidProposals ?? []) as Record<string, any>[];
  };
  /** The child's aid proposals once education has made one from the registry's event. */
  const proposalsOnceProposed = (childId: string) =>
    waitFor('the aid proposal', async () => (await proposals(childId)).at(0) && proposals(childId));

  it('proposes 12 free years for an orphan; the bureau confirms with a reason, once', async () => {
    const childId = await stack.child(
      '2015-01-01',
      { father: 'DECEASED', mother: 'DECEASED', reason: '死亡证明' },
      { familyName: '覃', givenName: '美玲' },
      ['ORPHAN'],
    );
    const [p] = await proposalsOnceProposed(childId);
    expect(p).toMatchObject({
      id: `${childId}:FREE_TWELVE_YEARS`,
      kind: 'FREE_TWELVE_YEARS',
      basis: ['ORPHAN'],
    });
    expect(p.rule).toMatch(/^四\(三\)3/);

    const confirmed = await stack.gql(DECIDE('confirm'), {
      input: { proposalId: p.id, reason: '孤儿身份已核实，纳入12年免费教育', by: '钦南区教育局 资助中心' },
    });
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data.confirmEducationAid).toMatchObject({
      status: 'CONFIRMED',
      decision: { reason: '孤儿身份已核实，纳入12年免费教育' },
    });
    const again = await stack.gql(DECIDE('reject'), { input: { proposalId: p.id, reason: '重复', by: 'x' } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'AID_PROPOSAL_ALREADY_DECIDED' });
    const listed = await stack.gql(
      `query { educationAidProposals(regionCode: "450702", status: "CONFIRMED") { id } }`,
    );
    expect(listed.data.educationAidProposals).toEqual([{ id: p.id }]);
  });

  it('proposes classified aid for a left-behind child in a dibao household; the bureau rejects it with a reason', async () => {
    const childId = await stack.child(
      '2016-08-08',
      { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', dibao: true, reason: '低保审批' },
      { familyName: '陆', givenName: '思琪' },
      ['POVERTY_DIBAO', 'LEFT_BEHIND'],
    );
    const [p] = await proposalsOnceProposed(childId);
    expect(p).toMatchObject({ kind: 'CLASSIFIED_AID', basis: ['POVERTY_DIBAO'], status: 'PROPOSED' });
    const noReason = await stack.gql(DECIDE('reject'), { input: { proposalId: p.id, reason: '', by: 'x' } });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'FIELD_REQUIRED', field: 'input.reason' });
    const rejected = await stack.gql(DECIDE('reject'), {
      input: { proposalId: p.id, reason: '已享受同类资助', by: '钦南区教育局 资助中心' },
    });
    expect(rejected.data.rejectEducationAid).toMatchObject({
      status: 'REJECTED',
      decision: { reason: '已享受同类资助' },
    });
  });

  it('proposes nothing for a left-behind child in no difficulty category, and refuses an unknown proposal', async () => {
    const childId = await stack.child(
      '2014-02-02',
      { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '家访' },
      { familyName: '黄', givenName: '志强' },
      ['LEFT_BEHIND'],
    );
    expect(await proposals(childId)).toEqual([]);
    const unknown = await stack.gql(DECIDE('confirm'), {
      input: { proposalId: 'nope', reason: 'x', by: 'x' },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'AID_PROPOSAL_NOT_FOUND' });
  });
});
