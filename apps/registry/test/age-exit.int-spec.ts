import { ManualClock } from '@qz/kernel';
import { aChild, aUser, residentIdFor, uniqueTopicPrefix } from '@qz/testing';
import { startRegistryOnAClock, type RegistryOnAClock } from './registry-on-a-clock';

/** The county ledger keeper (a civil-affairs officer of the city), through the gateway. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const CHILD = `id classification { categories { category } leftBehind }
  classificationHistory { effectiveOn added removed reason decidedBy }`;

/**
 * Issue 15 defect 7: the end of left-behind status at 16 is recorded with its date whenever the
 * registry sees it — the sweep on the day, a sweep days late, any later change — and a child
 * registered already 16 has it in the history from the start. Through a gateway process to the
 * registry in-process on a clock the test moves, against the real store and broker.
 */
describe('registry: the age-16 exit, with its date (三(二))', () => {
  const clock = new ManualClock('2026-11-29T02:00:00Z');
  let registry: RegistryOnAClock;

  beforeAll(async () => {
    registry = await startRegistryOnAClock(clock, uniqueTopicPrefix());
  });

  afterAll(async () => {
    await registry?.stop();
  });

  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await registry.gql(OFFICER, query, variables);
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const register = async (birthDate: string) =>
    (
      await ok(`mutation ($input: RegisterChildInput!) { registerChild(input: $input) { ${CHILD} } }`, {
        input: aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }),
      })
    ).registerChild;
  const update = async (input: Record<string, unknown>) =>
    (
      await ok(
        `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { ${CHILD} } }`,
        { input },
      )
    ).updateChildCircumstances;
  const childOf = async (id: string) =>
    (await ok(`query ($id: ID!) { child(id: $id) { ${CHILD} } }`, { id })).child;
  const leftBehind = async (birthDate: string) => {
    const child = await register(birthDate);
    const migrant = { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '家访：父母均在广东务工' };
    expect((await update({ childId: child.id, ...migrant })).classification.leftBehind).toBe(true);
    await registry.published(child.id);
    return child.id as string;
  };

  it('三(二): the exit seen by a sweep days late is dated on the 16th birthday; a later change on its own day', async () => {
    clock.set('2026-11-29T02:00:00Z');
    const swept = await leftBehind('2011-01-10');
    const changed = await leftBehind('2011-01-12');
    // The service was down over both birthdays: the first recomputation after them is on 1 February.
    await registry.sweep('2027-02-01T01:00:00Z');
    expect((await childOf(swept)).classificationHistory.at(-1)).toMatchObject({
      effectiveOn: '2027-01-10',
      removed: ['LEFT_BEHIND'],
      decidedBy: 'registry:birthday-sweep',
      reason: expect.stringContaining('16th birthday, 2027-01-10'),
    });
    // The sweep took the other child too; a later change dates its own entry on the day.
    expect((await childOf(changed)).classificationHistory.at(-1)).toMatchObject({
      effectiveOn: '2027-01-12',
    });
    const dibao = await update({ childId: changed, dibao: true, reason: '民政：纳入低保' });
    expect(dibao.classificationHistory.at(-1)).toMatchObject({
      effectiveOn: '2027-02-01',
      added: ['POVERTY_DIBAO'],
    });
  });

  it('三(二): a change that sees the exit before any sweep records it with the birthday, in the caseworker’s entry', async () => {
    clock.set('2026-11-29T02:00:00Z');
    const id = await leftBehind('2011-03-05');
    clock.set('2027-03-20T02:00:00Z'); // no sweep since the birthday
    const after = await update({ childId: id, dibao: true, reason: '民政：纳入低保' });
    expect(after.classification.categories).toEqual([{ category: 'POVERTY_DIBAO' }]);
    expect(after.classificationHistory.at(-1)).toEqual({
      effectiveOn: '2027-03-05',
      added: ['POVERTY_DIBAO'],
      removed: ['LEFT_BEHIND'],
      reason: '民政：纳入低保; left-behind status ended on the 16th birthday, 2027-03-05 (三(二))',
      decidedBy: OFFICER.userId,
    });
  });

  it('三(二): a child registered already 16 has the age exit in its history, and migrant parents add nothing', async () => {
    clock.set('2026-11-29T02:00:00Z');
    const child = await register('2009-06-01');
    expect(child.classificationHistory).toEqual([
      {
        effectiveOn: '2025-06-01',
        added: [],
        removed: [],
        reason: expect.stringContaining('before registration'),
        decidedBy: OFFICER.userId,
      },
    ]);
    const after = await update({
      childId: child.id,
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      reason: '家访：父母均在外务工',
    });
    expect(after.classification.leftBehind).toBe(false);
    expect(after.classificationHistory).toHaveLength(1);
    // A child under 16 starts with an empty history, as before.
    expect((await register('2012-06-01')).classificationHistory).toEqual([]);
  });
});
