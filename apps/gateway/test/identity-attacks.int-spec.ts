import { Supergraph } from '@apollo/federation-internals';
import { ROLE_NAMES, type Identity, type Role } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { SUBGRAPHS, supergraphPath } from '@qz/schema-tools';
import {
  aChild,
  asUser,
  aUser,
  connectTestDatabase,
  DEMO_VILLAGE,
  fieldSelections,
  graphql,
  residentIdAt,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  startWholeSystem,
  type WholeSystem,
} from '@qz/testing';
import type { GraphQLObjectType } from 'graphql';
import { readFileSync } from 'node:fs';
import { rebuildCandidates, secretWindows } from './rebuild-id';

/** 钦北区: the county beside DEMO_VILLAGE's 钦南区, and a village of it. */
const OTHER_COUNTY = '450703';
const OTHER_VILLAGE = '450703103201';
/** Who reads a child's ID number whole (registry policy); every other role sees it masked. */
const READS_THE_NUMBER: Role[] = ['CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'POLICE_OFFICER'];
/** Where each role works, in the region of DEMO_VILLAGE. */
const REGION_OF: Record<Role, string> = {
  CIVIL_AFFAIRS_OFFICER: '450702',
  CHILD_SOCIAL_WORKER: DEMO_VILLAGE.slice(0, 9),
  VILLAGE_SUPERVISOR: DEMO_VILLAGE,
  EDUCATION_OFFICER: '450702',
  SCHOOL_STAFF: '450702',
  HEALTH_OFFICER: '450700',
  DPF_OFFICER: '450700',
  POLICE_OFFICER: '450702',
  TOWNSHIP_OFFICER: DEMO_VILLAGE.slice(0, 9),
  COORDINATOR: '450700',
  ACCESS_AUDITOR: '450700',
  INSTITUTION_STAFF: '450700',
  CUSTODY_STAFF: '450700',
};

/**
 * Issue 16, findings 1 and 2, as attacks from outside through the gateway (five subgraphs, the
 * real broker and store): another county merging its provisional record into a 钦南区 child (or
 * asking registerChild whether a number exists), and rebuilding a child's ID number from every
 * field a role can read. Each attack must fail and leave nothing changed.
 */
describe('issue 16: identity attacks through the gateway', () => {
  const run = uniqueName('idattack');
  let system: WholeSystem;
  let gateway: ServiceProcess;
  const city = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const otherCounty = aUser('CIVIL_AFFAIRS_OFFICER', OTHER_COUNTY);
  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(gateway.url, query, variables, await asUser(user));
  const ok = async (user: Identity, query: string, variables: Record<string, unknown> = {}) => {
    const res = await as(user, query, variables);
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const SLOW = { timeoutMs: 90_000, intervalMs: 300 };

  const victim = aChild({
    familyName: '覃',
    givenName: '秘密',
    sex: 'MALE',
    birthDate: '2013-06-17',
    residentIdNumber: residentIdAt(DEMO_VILLAGE, '2013-06-17', 787),
  });
  let victimId: string;

  const CHILD = `query ($id: ID!) { child(id: $id) {
    id visits { findings } mergedFromChildIds mergedIntoChildId provisional
    education { trackedSince } health { trackedSince } protection { trackedSince } assistance { trackedSince } } }`;

  beforeAll(async () => {
    system = await startWholeSystem(
      run,
      uniqueTopicPrefix(),
      SUBGRAPHS.map((s) => s.name),
    );
    gateway = system.gateway;

    victimId = (
      await ok(city, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: victim,
      })
    ).registerChild.id;
    await ok(
      city,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      { input: { childId: victimId, aidsAffected: true, father: 'IMPRISONED', reason: '入户核查' } },
    );
    const coordinator = aUser('COORDINATOR', '450700', { purpose: 'issue 16 test' });
    await waitFor(
      'every department to know the child',
      async () => {
        const c = (await ok(coordinator, CHILD, { id: victimId })).child;
        return c?.education && c.health && c.protection && c.assistance;
      },
      SLOW,
    );
  }, 600_000);

  afterAll(async () => {
    await system?.stop();
  });

  describe('finding 1: another county cannot merge into, or probe for, a child outside its region', () => {
    const CONFIRM = `mutation ($input: ConfirmChildIdentityInput!) { confirmChildIdentity(input: $input) {
      id familyName givenName birthDate residentIdNumber regionCode visits { findings }
      circumstances { aidsAffected father disabilityCertificate } } }`;
    let provisionalId: string;

    beforeAll(async () => {
      provisionalId = (
        await ok(
          otherCounty,
          `mutation ($input: RegisterProvisionalChildInput!) { registerProvisionalChild(input: $input) { id } }`,
          {
            input: {
              familyName: '无名',
              givenName: '男孩',
              sex: 'MALE',
              regionCode: OTHER_VILLAGE,
              estimatedBirthDate: '2013-06-01',
              description: '车站发现，无证件',
            },
          },
        )
      ).registerProvisionalChild.id;
      await ok(otherCounty, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`, {
        input: {
          childId: provisionalId,
          kind: 'HOME_VISIT',
          visitedOn: localDateInChina(new Date()),
          visitorName: '冯股长',
          findings: '钦北区的走访',
        },
      });
    });

    it('confirmChildIdentity with a 钦南区 child’s number is refused with IDENTITY_NEEDS_CITY, says nothing of that child, changes nothing', async () => {
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const res = await as(otherCounty, CONFIRM, {
          input: { childId: provisionalId, residentIdNumber: victim.residentIdNumber, reason: '派出所提供' },
        });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['IDENTITY_NEEDS_CITY']);
        expect(res.data?.confirmChildIdentity ?? null).toBeNull();
        const text = JSON.stringify(res);
        for (const secret of [victimId, victim.givenName, DEMO_VILLAGE, 'aidsAffected', 'IMPRISONED'])
          expect(text).not.toContain(secret);
      }
      const real = (await ok(city, CHILD, { id: victimId })).child;
      expect(real).toMatchObject({ visits: [], mergedFromChildIds: [] });
      const provisional = (await ok(city, CHILD, { id: provisionalId })).child;
      expect(provisional).toMatchObject({ provisional: true, mergedIntoChildId: null });
      expect(provisional.visits).toHaveLength(1);
    });

    it('registerChild with that number tells the other county only to ask the city; 钦南区 hears it is registered', async () => {
      const REGISTER = `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`;
      const probe = await as(otherCounty, REGISTER, {
        input: { ...victim, familyName: '某', givenName: '某', regionCode: OTHER_VILLAGE },
      });
      expect(probe.errors?.map((e) => e.extensions?.code)).toEqual(['IDENTITY_NEEDS_CITY']);
      expect(JSON.stringify(probe)).not.toMatch(/already|ledger|已在台账/);
      const own = await as(aUser('CIVIL_AFFAIRS_OFFICER', '450702'), REGISTER, { input: victim });
      expect(own.errors?.map((e) => e.extensions?.code)).toEqual(['CHILD_ALREADY_REGISTERED']);
    });

    it('the city, entitled to both counties, merges: the visit moves onto the real record', async () => {
      const merged = await ok(city, CONFIRM, {
        input: { childId: provisionalId, residentIdNumber: victim.residentIdNumber, reason: '市民政局核实' },
      });
      expect(merged.confirmChildIdentity).toMatchObject({
        id: victimId,
        visits: [{ findings: '钦北区的走访' }],
      });
    });
  });

  describe('finding 2: no role rebuilds the ID number from what it can read', () => {
    const api = Supergraph.build(readFileSync(supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
    const selections = fieldSelections(api.getType('Child') as GraphQLObjectType, 3, { first: 5 });
    const legacy = aChild({ residentIdNumber: residentIdAt(DEMO_VILLAGE, '2014-03-09', 564) });
    let legacyId: string;

    beforeAll(async () => {
      const officer = aUser('EDUCATION_OFFICER', '450702');
      const staff = aUser('SCHOOL_STAFF', '450702');
      const school = (
        await ok(officer, `mutation ($input: CreateSchoolInput!) { createSchool(input: $input) { id } }`, {
          input: { name: `沙埠镇中心学校 ${run}`, regionCode: DEMO_VILLAGE.slice(0, 9), level: 'PRIMARY' },
        })
      ).createSchool;
      const ENROL = `mutation ($input: EnrolStudentInput!) { enrolStudent(input: $input) { childId studentNumber } }`;
      const enrolment = {
        childId: victimId,
        schoolId: school.id,
        grade: 5,
        boarding: false,
        enrolledOn: '2025-09-01',
      };
      // The number was the caller's to give, and schools gave "G" + the ID number: refused now.
      const given = await as(staff, ENROL, {
        input: { ...enrolment, studentNumber: `G${victim.residentIdNumber}` },
      });
      expect(given.errors?.length).toBeGreaterThan(0);
      const issued = (await ok(staff, ENROL, { input: enrolment })).enrolStudent.studentNumber;
      expect(issued).toMatch(/^XJ[A-HJ-NP-Z2-9]{10}$/);

      // A student enrolled before the change, with the number a school gave then (stored as it was).
      legacyId = (
        await ok(city, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
          input: legacy,
        })
      ).registerChild.id;
      const coordinator = aUser('COORDINATOR', '450700', { purpose: 'issue 16 test' });
      await waitFor(
        'education to know the older student',
        async () => (await ok(coordinator, CHILD, { id: legacyId })).child?.education,
        SLOW,
      );
      const db = await connectTestDatabase(`${run}_education`);
      try {
        const doc = await db.collection('students').findOne({ _id: victimId as never });
        await db.collection('students').insertOne({
          ...doc,
          _id: legacyId as never,
          enrolment: { ...doc?.['enrolment'], studentNumber: `G${legacy.residentIdNumber}` },
        });
      } finally {
        await db.close();
      }
    }, 300_000);

    it.each(ROLE_NAMES.map((r) => [r]))(
      '%s: every readable field of the child, and the ID is not in it',
      async (role) => {
        const user = aUser(role as Role, REGION_OF[role as Role], { purpose: 'issue 16 attack' });
        for (const [child, id] of [
          [victim, victimId],
          [legacy, legacyId],
        ] as const) {
          const answers = [];
          for (const selection of selections)
            answers.push(await as(user, `query ($id: ID!) { child(id: $id) { id ${selection} } }`, { id }));
          for (const a of answers)
            expect(
              a.errors?.filter((e) => /VALIDATION|LIMIT|TOO_/.test(String(e.extensions?.code))) ?? [],
            ).toEqual([]);
          if (READS_THE_NUMBER.includes(role as Role)) continue;
          const text = JSON.stringify(answers);
          expect(text).not.toContain(child.residentIdNumber);
          for (const window of secretWindows(child.residentIdNumber)) expect(text).not.toContain(window);
          expect(rebuildCandidates(answers, child).length).toBeGreaterThan(100);
        }
      },
      300_000,
    );
  });
});
