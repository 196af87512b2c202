import { ROLE_NAMES, type Role } from '@qz/identity';
import { DisabilityCertificateRecordedV1 } from '@qz/contracts';
import { aUser, DEMO_VILLAGE, EventPublisher, waitFor } from '@qz/testing';
import { codesOf as codes, registryWithAChild } from './registry-with-a-child';

/**
 * Issue 16 finding 4 against the real store and broker: a child's sensitive categories (三(一)2–3:
 * AIDS in the family, a parent in prison, disability, serious illness) as each of the 11 roles
 * reads them — the sensitive ones only where the role's work needs them, absent for the others —
 * with an access-log record for each read that showed one, none for a read that did not, and
 * lists by a sensitive category refused to the roles that may not see it.
 */
describe('registry: sensitive categories by role (issue 16 §4)', () => {
  let registry: Awaited<ReturnType<typeof registryWithAChild>>;
  let childId: string;
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450702');

  const as: (typeof registry)['as'] = (...args) => registry.as(...args);
  const readsBy = (userId: string, operation: string) =>
    registry.records().find({ userId, action: 'READ', operation }).toArray();

  beforeAll(async () => {
    registry = await registryWithAChild(officer);
    childId = registry.childId;
    const facts = await as(
      officer,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      {
        input: {
          childId,
          father: 'IMPRISONED',
          mother: 'MISSING',
          dibao: true,
          aidsAffected: true,
          traffickingRescued: true,
          reason: '父亲服刑，母亲下落不明；受艾滋病影响；打拐解救',
        },
      },
    );
    expect(facts.errors).toBeUndefined();
    // The hearing certificate is the DPF's record (issue 15 defect 4): health's event reaches the ledger.
    const dpf = new EventPublisher(registry.svc.topicPrefix);
    await dpf.start();
    await dpf.publish(
      DisabilityCertificateRecordedV1,
      { subject: childId, regionCode: DEMO_VILLAGE },
      {
        childId,
        regionCode: DEMO_VILLAGE,
        type: 'HEARING',
        grade: 3,
        certifiedOn: '2025-03-01',
        recordedBy: 'test-dpf',
      },
    );
    await dpf.stop();
    await waitFor('the DPF’s certificate to reach the ledger', async () => {
      const stored = await registry.svc.db.collection('children').findOne({ _id: childId as never });
      return stored?.categoryCodes?.includes('DISABLED');
    });
    const override = await as(
      officer,
      `mutation ($input: OverrideChildCategoryInput!) { overrideChildCategory(input: $input) { id } }`,
      {
        input: {
          childId,
          category: 'SERIOUSLY_ILL',
          include: true,
          reason: '父亲服刑，医院已诊断重病，证明待补',
        },
      },
    );
    expect(override.errors).toBeUndefined();
  }, 120_000);

  afterAll(async () => {
    await registry?.svc.stop();
  });

  const ALL = [
    'AIDS_AFFECTED',
    'DE_FACTO_UNSUPPORTED',
    'DISABLED',
    'POVERTY_DIBAO',
    'SERIOUSLY_ILL',
    'TRAFFICKING_RESCUED',
  ];
  const ONLY_POVERTY = ['POVERTY_DIBAO'];
  /** What each role sees of the child's categories, and whether it reads the written reasons. */
  const SEES: Record<Role, { categories: string[] | 'FORBIDDEN'; reasons: boolean }> = {
    CIVIL_AFFAIRS_OFFICER: { categories: ALL, reasons: true },
    CHILD_SOCIAL_WORKER: { categories: ALL, reasons: true },
    COORDINATOR: { categories: ALL, reasons: true }, // with a purpose (below: without)
    HEALTH_OFFICER: {
      categories: ['AIDS_AFFECTED', 'DISABLED', 'POVERTY_DIBAO', 'SERIOUSLY_ILL'],
      reasons: false,
    },
    DPF_OFFICER: { categories: ['DISABLED', 'POVERTY_DIBAO'], reasons: false },
    EDUCATION_OFFICER: { categories: ['DISABLED', 'POVERTY_DIBAO'], reasons: false },
    POLICE_OFFICER: {
      categories: ['DE_FACTO_UNSUPPORTED', 'POVERTY_DIBAO', 'TRAFFICKING_RESCUED'],
      reasons: false,
    },
    SCHOOL_STAFF: { categories: ONLY_POVERTY, reasons: false },
    VILLAGE_SUPERVISOR: { categories: ONLY_POVERTY, reasons: false },
    TOWNSHIP_OFFICER: { categories: ONLY_POVERTY, reasons: false },
    ACCESS_AUDITOR: { categories: 'FORBIDDEN', reasons: false },
    // Reporting roles (四(二)2, 四(一)2) read no child.
    INSTITUTION_STAFF: { categories: 'FORBIDDEN', reasons: false },
    CUSTODY_STAFF: { categories: 'FORBIDDEN', reasons: false },
  };
  const READ = `query ($id: ID!) { child(id: $id) {
    classification { categories { category rule } inDifficulty }
    classificationHistory { categories added removed reason }
    classificationOverrides { category reason } } }`;

  const userFor = (role: Role) =>
    role === 'VILLAGE_SUPERVISOR'
      ? aUser(role, DEMO_VILLAGE)
      : aUser(role, '450700', role === 'COORDINATOR' ? { purpose: '季度督查' } : {});

  it.each(ROLE_NAMES.map((r) => [r] as const))(
    '三(一)2–3 as %s: the categories its work needs, the others absent; a read that showed one is logged',
    async (role) => {
      const user = userFor(role);
      const expected = SEES[role];
      const res = await as(user, READ, { id: childId });
      if (expected.categories === 'FORBIDDEN') {
        expect(codes(res)).toEqual(['FORBIDDEN']);
        expect(await readsBy(user.userId, 'child')).toEqual([]);
        return;
      }
      expect(res.errors).toBeUndefined();
      const child = res.data.child;
      const seen = child.classification.categories.map((c: any) => c.category).sort();
      expect(seen).toEqual(expected.categories);
      expect(child.classification.inDifficulty).toBe(true);
      const inHistory = child.classificationHistory.flatMap((h: any) => [
        ...h.categories,
        ...h.added,
        ...h.removed,
      ]);
      expect(inHistory.filter((c: string) => !expected.categories.includes(c))).toEqual([]);
      const reasons = [
        ...child.classificationHistory.map((h: any) => h.reason),
        ...child.classificationOverrides.map((o: any) => o.reason),
      ];
      expect(reasons.length).toBeGreaterThan(0);
      if (expected.reasons) expect(reasons.every((r: string) => r.length > 0)).toBe(true);
      else expect(reasons.filter((r: string) => r !== '')).toEqual([]);
      expect(child.classificationOverrides.map((o: any) => o.category)).toEqual(
        expected.categories.includes('SERIOUSLY_ILL') ? ['SERIOUSLY_ILL'] : [],
      );

      // Written before the response left: one READ record for the request, naming the child.
      const records = await readsBy(user.userId, 'child');
      const sensitive = expected.categories.length > ONLY_POVERTY.length;
      expect(records).toHaveLength(sensitive ? 1 : 0);
      if (sensitive) {
        expect(records[0]['childIds']).toEqual([childId]);
        expect(records[0]['children'][0].fields).toEqual(expect.arrayContaining(['Child.classification']));
      }
    },
  );

  it('三(一)3 the coordinator without a stated purpose sees no sensitive category and no reason (nothing logged)', async () => {
    const user = aUser('COORDINATOR', '450700', { userId: 'test-coordinator-without-purpose' });
    const res = await as(user, READ, { id: childId });
    expect(res.errors).toBeUndefined();
    expect(res.data.child.classification.categories.map((c: any) => c.category)).toEqual(ONLY_POVERTY);
    expect(res.data.child.classificationOverrides).toEqual([]);
    expect(await readsBy(user.userId, 'child')).toEqual([]);
  });

  const DETAILS = `query ($id: ID!) { child(id: $id) { familyName circumstances {
    father mother traffickingRescued aidsAffected seriousIllness illnessDiagnosis disabilityCertificate
    disability { grade } } } }`;
  const HEALTH_DETAILS = [
    'aidsAffected',
    'disability',
    'disabilityCertificate',
    'illnessDiagnosis',
    'seriousIllness',
  ];

  it('三(一)2–4 the police read the parents’ statuses and the rescue, not the health details (FORBIDDEN at each path)', async () => {
    const police = aUser('POLICE_OFFICER', '450700', { userId: 'test-police-details' });
    const res = await as(police, DETAILS, { id: childId });
    expect(res.data.child.circumstances).toMatchObject({
      father: 'IMPRISONED',
      mother: 'MISSING',
      traffickingRescued: true,
      ...Object.fromEntries(HEALTH_DETAILS.map((f) => [f, null])),
    });
    expect(new Set(codes(res))).toEqual(new Set(['FORBIDDEN']));
    expect(res.errors?.map((e: any) => e.path.at(-1)).sort()).toEqual(HEALTH_DETAILS);
    const [record, ...more] = await readsBy(police.userId, 'child');
    expect(more).toEqual([]);
    expect(record['children'][0].fields).toEqual(
      expect.arrayContaining(['ChildCircumstances.father', 'ChildCircumstances.traffickingRescued']),
    );
    expect(record['children'][0].fields).not.toContain('ChildCircumstances.aidsAffected');
  });

  it('三(一)4 a school, the village and health may not read that the child was rescued from trafficking', async () => {
    for (const user of [
      aUser('SCHOOL_STAFF', '450700'),
      aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE),
      aUser('HEALTH_OFFICER', '450700'),
    ]) {
      const res = await as(
        user,
        `query ($id: ID!) { child(id: $id) { circumstances { traffickingRescued } } }`,
        {
          id: childId,
        },
      );
      expect(res.data.child.circumstances.traffickingRescued).toBeNull();
      expect(codes(res)).toEqual(['FORBIDDEN']);
    }
  });

  it('三(一)2–4 indicators withhold the sensitive counts that would point at the child (one child: a village and its township)', async () => {
    const Q = `query ($code: String!, $from: String!, $to: String!) { region(code: $code) {
      registryIndicators(from: $from, to: $to) { children childrenByCategory { category count suppressed } } } }`;
    for (const code of [DEMO_VILLAGE, DEMO_VILLAGE.slice(0, 9)]) {
      const res = await as(officer, Q, { code, from: '2026-01-01', to: '2026-01-31' });
      expect(res.errors).toBeUndefined();
      const byCategory = Object.fromEntries(
        res.data.region.registryIndicators.childrenByCategory.map((c: any) => [c.category, c]),
      );
      for (const category of ALL.filter((c) => c !== 'POVERTY_DIBAO'))
        expect(byCategory[category]).toEqual({ category, count: null, suppressed: true });
      expect(byCategory['POVERTY_DIBAO']).toEqual({ category: 'POVERTY_DIBAO', count: 1, suppressed: false });
      expect(byCategory['ORPHAN']).toEqual({ category: 'ORPHAN', count: 0, suppressed: false });
    }
  });

  const LIST = `query ($c: ChildCategory!) { children(filter: { category: $c }) { totalCount edges { node { id } } } }`;

  it.each([
    ['VILLAGE_SUPERVISOR', DEMO_VILLAGE],
    ['TOWNSHIP_OFFICER', '450700'],
  ] as const)(
    '三(一)3 %s may not list children by AIDS_AFFECTED (CATEGORY_NOT_PERMITTED), by POVERTY_DIBAO it may',
    async (role, region) => {
      const user = aUser(role, region);
      const refused = await as(user, LIST, { c: 'AIDS_AFFECTED' });
      expect(codes(refused)).toEqual(['CATEGORY_NOT_PERMITTED']);
      expect(refused.data?.children ?? null).toBeNull();
      const poor = await as(user, LIST, { c: 'POVERTY_DIBAO' });
      expect(poor.errors).toBeUndefined();
      expect(poor.data.children.edges.map((e: any) => e.node.id)).toEqual([childId]);
      expect(await readsBy(user.userId, 'children')).toEqual([]);
    },
  );

  it('三(一)3 a civil-affairs officer’s list by AIDS_AFFECTED is logged against each child listed', async () => {
    const res = await as(officer, LIST, { c: 'AIDS_AFFECTED' });
    expect(res.errors).toBeUndefined();
    expect(res.data.children.edges.map((e: any) => e.node.id)).toEqual([childId]);
    const [record, ...more] = await readsBy(officer.userId, 'children');
    expect(more).toEqual([]);
    expect(record['children']).toEqual([{ childId, fields: ['ChildFilter.category'] }]);
  });
});
