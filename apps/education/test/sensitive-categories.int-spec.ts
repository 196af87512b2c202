import type { Role } from '@qz/identity';
import { aUser, DEMO_VILLAGE, waitFor } from '@qz/testing';
import { educationPolicy } from '../src/access/policy';
import { EducationStack, USERS } from './education-stack';

/**
 * Issue 16 §4 in education, through the gateway with the registry and education from the build:
 * the registry's categories as education keeps them (`ChildEducation.registryCategories`) and the
 * categories behind an aid proposal (`EducationAidProposal.basis`), as each role reads them — the
 * sensitive ones (AIDS in the family, a parent in prison, a rescue from trafficking) only where the
 * role's work needs them, absent for the others — and education's access record saying so only
 * for a read that showed one.
 */
describe('education: sensitive categories by role (issue 16 §4)', () => {
  const stack = new EducationStack();
  let childId: string;

  const ALL = ['AIDS_AFFECTED', 'DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO', 'TRAFFICKING_RESCUED'];
  const POOR = ['POVERTY_DIBAO'];
  /** What each role sees of the child's categories (registryCategories), and of the aid's basis. */
  const SEES: Record<string, { categories: string[]; basis: string[] | 'FORBIDDEN' }> = {
    CIVIL_AFFAIRS_OFFICER: { categories: ALL, basis: ALL },
    CHILD_SOCIAL_WORKER: { categories: ALL, basis: 'FORBIDDEN' },
    COORDINATOR: { categories: ALL, basis: ALL }, // with a purpose
    EDUCATION_OFFICER: { categories: POOR, basis: POOR },
    SCHOOL_STAFF: { categories: POOR, basis: 'FORBIDDEN' },
    POLICE_OFFICER: {
      categories: ['DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO', 'TRAFFICKING_RESCUED'],
      basis: 'FORBIDDEN',
    },
  };
  const userOf = (role: Role) =>
    aUser(role, role === 'SCHOOL_STAFF' ? DEMO_VILLAGE.slice(0, 9) : '450700', {
      userId: `test-edu-categories-${role.toLowerCase()}`,
      ...(role === 'COORDINATOR' ? { purpose: '季度督查' } : {}),
    });
  const READ = `query ($id: ID!) { child(id: $id) { education { registryCategories } } }`;
  const AID = `query ($id: ID!) { child(id: $id) { education { aidProposals { kind basis } } } }`;
  const recordsOf = (userId: string) =>
    stack.db.collection('access_records').find({ userId, action: 'READ' }).toArray();

  beforeAll(async () => {
    await stack.start();
    childId = await stack.child(
      '2014-04-04',
      {
        father: 'IMPRISONED',
        mother: 'MISSING',
        dibao: true,
        aidsAffected: true,
        traffickingRescued: true,
        reason: '父亲服刑，母亲下落不明；受艾滋病影响；打拐解救',
      },
      { familyName: '韦', givenName: '小芳' },
      POOR, // as the bureau sees them
    );
    await waitFor('the aid proposal', async () => {
      const r = await stack.gql(AID, { id: childId }, USERS.ledger);
      return r.data?.child?.education?.aidProposals?.length ? true : null;
    });
  }, 300_000);

  afterAll(() => stack.stop());

  const sorted = (xs: string[]) => [...xs].sort();

  it.each(Object.keys(SEES) as Role[])(
    '三(一)2–4 as %s: the categories its work needs, the others absent; education logs a read that showed one',
    async (role) => {
      const user = userOf(role);
      const expected = SEES[role];
      const res = await stack.gql(READ, { id: childId }, user);
      expect(res.errors).toBeUndefined();
      expect(sorted(res.data.child.education.registryCategories)).toEqual(expected.categories);
      const [record, ...more] = await recordsOf(user.userId);
      expect(more).toEqual([]);
      const fields: string[] = record?.['children']?.[0]?.fields ?? [];
      expect(fields.includes('ChildEducation.registryCategories')).toBe(
        expected.categories.length > POOR.length,
      );

      const aid = await stack.gql(AID, { id: childId }, user);
      if (expected.basis === 'FORBIDDEN') {
        expect((aid.errors ?? []).map((e: any) => e.extensions?.code)).toContain('FORBIDDEN');
        return;
      }
      expect(aid.errors).toBeUndefined();
      const [proposal] = aid.data.child.education.aidProposals;
      expect(proposal.kind).toBe('CLASSIFIED_AID');
      expect(sorted(proposal.basis)).toEqual(expected.basis);
    },
  );

  it('三(一)2–4 the coordinator without a stated purpose sees no sensitive category', async () => {
    const user = aUser('COORDINATOR', '450700', { userId: 'test-edu-coordinator-without-purpose' });
    const res = await stack.gql(READ, { id: childId }, user);
    expect(res.errors).toBeUndefined();
    expect(res.data.child.education.registryCategories).toEqual(POOR);
  });

  it('covers every role education’s policy lets read the categories', () => {
    const readers = educationPolicy.fields['ChildEducation.registryCategories'].roles;
    expect(sorted(Object.keys(SEES))).toEqual(sorted([...readers]));
  });
});
