import { GuardianshipEscalatedV1, GuardianshipLapsedV1 } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import { aChild, aUser, EventCollector, residentIdFor, uniqueTopicPrefix } from '@qz/testing';
import { startRegistryOnAClock, type RegistryOnAClock } from './registry-on-a-clock';

/** A child social worker of the township: keeps the ledger of the township's villages. */
const SOCIAL_WORKER = aUser('CHILD_SOCIAL_WORKER', '450702100');

const GUARDIANSHIP = `id guardianship { situation followUp { situation openedOn dueOn escalatedOn } }`;

/**
 * Triage before police (四(一)3, issue 15 defect 5): a left-behind child without an entrusted
 * guardianship agreement is the township's and village's task, due by a working day; only a gap
 * not put right by then goes to police (GuardianshipEscalated). Through the gateway to the registry
 * on a clock the test moves, against the real store and broker.
 */
describe('registry: a missing agreement goes to the township and village first, then to police', () => {
  const clock = new ManualClock('2026-11-02T02:00:00Z'); // a Monday, 10:00 in Qinzhou
  const topicPrefix = uniqueTopicPrefix();
  const events = new EventCollector([GuardianshipLapsedV1, GuardianshipEscalatedV1], topicPrefix);
  let registry: RegistryOnAClock;

  beforeAll(async () => {
    registry = await startRegistryOnAClock(clock, topicPrefix);
    await events.start();
  });

  afterAll(async () => {
    await events.stop();
    await registry?.stop();
  });

  const gql = (query: string, variables?: Record<string, unknown>) =>
    registry.gql(SOCIAL_WORKER, query, variables);
  const ok = async (name: string, inputType: string, input: object) => {
    const res = await gql(`mutation ($input: ${inputType}!) { ${name}(input: $input) { ${GUARDIANSHIP} } }`, {
      input,
    });
    expect(res.errors).toBeUndefined();
    return res.data[name];
  };

  /** A left-behind child of the demo village (both parents away), without an agreement. */
  async function leftBehindChild() {
    const birthDate = '2016-05-01';
    const res = await gql(`mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
      input: aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }),
    });
    expect(res.errors).toBeUndefined();
    return ok('updateChildCircumstances', 'UpdateChildCircumstancesInput', {
      childId: res.data.registerChild.id,
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      reason: '家访：父母均在广东务工',
    });
  }

  const agreement = (childId: string, on: string) => ({
    childId,
    guardianName: '韦秀英',
    guardianResidentIdNumber: residentIdFor('1958-03-12', 'FEMALE'),
    relationship: '祖母',
    witnessedBy: '沙埠村委会',
    signedOn: on,
    startDate: on,
    endDate: '2027-10-31',
  });
  const addAgreement = (childId: string, on: string) =>
    ok('addEntrustmentAgreement', 'AddEntrustmentAgreementInput', agreement(childId, on));

  const followUpOf = async (id: string) =>
    (await gql(`query ($id: ID!) { child(id: $id) { ${GUARDIANSHIP} } }`, { id })).data.child.guardianship
      .followUp;

  it('rule 四(一)3: the gap is a follow-up due in 10 working days; not put right by then, it is escalated to police once', async () => {
    const child = await leftBehindChild();
    expect(child.guardianship).toEqual({
      situation: 'NO_AGREEMENT',
      // 10 working days after Monday 2 November 2026 (no holiday between): Monday 16 November.
      followUp: { situation: 'NO_AGREEMENT', openedOn: '2026-11-02', dueOn: '2026-11-16', escalatedOn: null },
    });
    await events.waitFor(GuardianshipLapsedV1, child.id);

    // The township and village queue: the gaps of the township, each with its deadline.
    const queue = await gql(
      `query ($f: ChildFilter!) { children(filter: $f, first: 200) { edges { node { ${GUARDIANSHIP} } } } }`,
      { f: { regionCode: '450702100', guardianshipGap: true } },
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data.children.edges.map((e: { node: object }) => e.node)).toContainEqual(child);

    await registry.sweep('2026-11-16T09:00:00Z'); // the due day, 17:00: still theirs
    expect(await followUpOf(child.id)).toMatchObject({ dueOn: '2026-11-16', escalatedOn: null });

    await registry.sweep('2026-11-17T01:00:00Z'); // the next morning: police take it
    const escalated = await events.waitFor(GuardianshipEscalatedV1, child.id);
    expect(escalated.payload).toEqual({
      childId: child.id,
      regionCode: expect.any(String),
      situation: 'NO_AGREEMENT',
      validUntil: null,
      openedOn: '2026-11-02',
      dueOn: '2026-11-16',
      escalatedOn: '2026-11-17',
    });

    await registry.sweep('2026-11-18T01:00:00Z');
    await registry.published(child.id);
    expect(events.about(GuardianshipEscalatedV1, child.id)).toHaveLength(1);
    expect(await followUpOf(child.id)).toMatchObject({ escalatedOn: '2026-11-17' });

    // Put right at last: the follow-up closes.
    const covered = await addAgreement(child.id, '2026-11-18');
    expect(covered.guardianship).toEqual({ situation: 'COVERED', followUp: null });
  });

  it('rule 四(一)3: a gap put right before its deadline never reaches police', async () => {
    clock.set('2026-11-02T02:00:00Z');
    const child = await leftBehindChild();
    expect(child.guardianship.followUp).toMatchObject({ dueOn: '2026-11-16' });
    clock.set('2026-11-10T02:00:00Z');
    expect((await addAgreement(child.id, '2026-11-10')).guardianship.followUp).toBeNull();
    await registry.sweep('2026-11-20T02:00:00Z');
    await registry.published(child.id);
    expect(await followUpOf(child.id)).toBeNull();
    expect(events.about(GuardianshipEscalatedV1, child.id)).toEqual([]);
  });
});
