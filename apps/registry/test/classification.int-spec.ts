import type { INestApplication } from '@nestjs/common';
import { ManualClock } from '@qz/kernel';
import { createEvent, DisabilityCertificateRecordedV1, GuardianshipLapsedV1 } from '@qz/contracts';
import {
  aChild,
  asUser,
  aUser,
  EventCollector,
  graphqlAs,
  type InProcessService,
  residentIdFor,
  uniqueTopicPrefix,
} from '@qz/testing';
import { ClassificationService } from '../src/classification/classification.service';
import { ChildRepository } from '../src/children/child.repository';
import { DepartmentEventsHandler } from '../src/classification/department-events.handler';
import { startRegistryOnAClock, type RegistryOnAClock } from './registry-on-a-clock';

/** The county ledger keeper (a civil-affairs officer of the city), through the gateway. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const graphql = graphqlAs(OFFICER, asUser);

/**
 * Classification (三) on concrete children, through a gateway process to the registry running
 * in-process against the real store and broker, with a clock the test moves (no sleeping until a birthday). The events'
 * contents are checked by a real consumer in register-child.int-spec.ts.
 */
describe('registry: classification of children', () => {
  const clock = new ManualClock('2026-11-29T02:00:00Z');
  const topicPrefix = uniqueTopicPrefix();
  const lapses = new EventCollector([GuardianshipLapsedV1], topicPrefix);
  let registry: RegistryOnAClock;
  let svc: InProcessService;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    registry = await startRegistryOnAClock(clock, topicPrefix);
    ({ svc, app, url } = registry);
    await lapses.start();
  });

  afterAll(async () => {
    await lapses.stop();
    await registry?.stop();
  });

  const CHILD_FIELDS = `id classification { categories { category rule } leftBehind inDifficulty protectedAsChildInDifficulty computedOn }
    classificationHistory { categories added removed reason decidedBy }`;

  async function register(birthDate: string) {
    const input = aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') });
    const res = await graphql(
      url,
      `
        mutation ($input: RegisterChildInput!) {
          registerChild(input: $input) {
            id
          }
        }
      `,
      {
        input,
      },
    );
    expect(res.errors).toBeUndefined();
    return res.data.registerChild.id as string;
  }

  async function update(input: Record<string, unknown>) {
    return graphql(
      url,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { ${CHILD_FIELDS} } }`,
      { input },
    );
  }

  const published = (id: string) => registry.published(id);

  const categoriesOf = (res: Awaited<ReturnType<typeof update>>) =>
    res.data.updateChildCircumstances.classification.categories.map((c: { category: string }) => c.category);

  it('both parents migrant, aged 15: left-behind; on the 16th birthday the sweep ends it, and the history says why', async () => {
    const id = await register('2011-01-10');
    const res = await update({
      childId: id,
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      reason: '家访：父母均在广东务工',
    });
    expect(res.errors).toBeUndefined();
    expect(categoriesOf(res)).toEqual(['LEFT_BEHIND']);
    await published(id);

    clock.set('2027-01-10T01:00:00Z'); // 16th birthday, 09:00 in Qinzhou
    expect(await app.get(ClassificationService).sweep()).toBeGreaterThanOrEqual(1);
    const after = await graphql(url, `query ($id: ID!) { child(id: $id) { ${CHILD_FIELDS} } }`, { id });
    expect(after.data.child.classification).toMatchObject({
      categories: [],
      leftBehind: false,
      computedOn: '2027-01-10',
    });
    expect(after.data.child.classificationHistory).toEqual([
      expect.objectContaining({
        added: ['LEFT_BEHIND'],
        reason: '家访：父母均在广东务工',
        decidedBy: OFFICER.userId,
      }),
      expect.objectContaining({ removed: ['LEFT_BEHIND'], decidedBy: 'registry:birthday-sweep' }),
    ]);
    await published(id);
    clock.set('2026-11-29T02:00:00Z');
  });

  it('a dibao household and left-behind: both categories, protected as a child in difficulty', async () => {
    const id = await register('2014-05-05');
    const res = await update({
      childId: id,
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      dibao: true,
      reason: '低保审批',
    });
    expect(categoriesOf(res)).toEqual(['POVERTY_DIBAO', 'LEFT_BEHIND']);
    expect(res.data.updateChildCircumstances.classification).toMatchObject({
      leftBehind: true,
      inDifficulty: true,
      protectedAsChildInDifficulty: true,
    });
  });

  it('a parent in prison and the other deceased: de-facto unsupported (事实无人抚养)', async () => {
    const id = await register('2016-02-02');
    expect((await update({ childId: id, father: 'IMPRISONED', reason: '法院判决' })).errors).toBeUndefined();
    const res = await update({ childId: id, mother: 'DECEASED', reason: '死亡证明' });
    expect(categoriesOf(res)).toEqual(['DE_FACTO_UNSUPPORTED']);
    // A change that leaves the categories as they are adds nothing to the history.
    const same = await update({ childId: id, seriousIllness: false, reason: '复查' });
    expect(same.data.updateChildCircumstances.classificationHistory).toHaveLength(1);
  });

  it('a person overrides a category with a written reason; it survives recomputation until withdrawn', async () => {
    const id = await register('2015-03-03');
    const override = (input: Record<string, unknown>) =>
      graphql(
        url,
        `mutation ($input: OverrideChildCategoryInput!) { overrideChildCategory(input: $input) {
          ${CHILD_FIELDS} classificationOverrides { category include reason decidedBy } } }`,
        { input: { childId: id, ...input } },
      );
    const tooShort = await override({ category: 'DE_FACTO_UNSUPPORTED', include: true, reason: '是' });
    expect(tooShort.errors?.[0].extensions).toMatchObject({ code: 'FIELD_TOO_SHORT', field: 'input.reason' });

    const given = await override({
      category: 'DE_FACTO_UNSUPPORTED',
      include: true,
      reason: '父亲长期失联未满法定宣告期限，县民政局复核认定',
    });
    expect(given.errors).toBeUndefined();
    const child = given.data.overrideChildCategory;
    expect(child.classification.categories).toEqual([
      { category: 'DE_FACTO_UNSUPPORTED', rule: expect.stringContaining('县民政局复核认定') },
    ]);
    expect(child.classificationOverrides).toEqual([
      expect.objectContaining({ category: 'DE_FACTO_UNSUPPORTED', include: true }),
    ]);
    expect(child.classificationHistory.at(-1)).toMatchObject({
      added: ['DE_FACTO_UNSUPPORTED'],
      reason: expect.stringContaining('given by override'),
    });

    const recomputed = await update({ childId: id, dibao: true, reason: '低保审批' });
    expect(categoriesOf(recomputed)).toEqual(['POVERTY_DIBAO', 'DE_FACTO_UNSUPPORTED']);

    const withdrawn = await override({
      category: 'DE_FACTO_UNSUPPORTED',
      include: null,
      reason: '父亲已返乡照料',
    });
    expect(
      withdrawn.data.overrideChildCategory.classification.categories.map(
        (c: { category: string }) => c.category,
      ),
    ).toEqual(['POVERTY_DIBAO']);
    expect(withdrawn.data.overrideChildCategory.classificationHistory).toHaveLength(3);
  });

  it('rule 四(一)3: the daily sweep lists an agreement ending within 30 days, then its end', async () => {
    const id = await register('2014-04-04');
    await update({ childId: id, father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '父母外出务工' });
    const signed = await graphql(
      url,
      `
        mutation ($input: AddEntrustmentAgreementInput!) {
          addEntrustmentAgreement(input: $input) {
            guardianship {
              situation
            }
          }
        }
      `,
      {
        input: {
          childId: id,
          guardianName: '韦秀英',
          guardianResidentIdNumber: residentIdFor('1958-03-12', 'FEMALE'),
          relationship: '祖母',
          witnessedBy: '沙埠村委会',
          signedOn: '2026-11-01',
          startDate: '2026-11-01',
          endDate: '2026-12-31',
        },
      },
    );
    expect(signed.data.addEntrustmentAgreement.guardianship.situation).toBe('COVERED');
    const situation = async () =>
      (
        await graphql(
          url,
          `
            query ($id: ID!) {
              child(id: $id) {
                guardianship {
                  situation
                  validUntil
                }
              }
            }
          `,
          { id },
        )
      ).data.child.guardianship;

    clock.set('2026-12-01T01:00:00Z');
    await app.get(ClassificationService).sweep();
    expect(await situation()).toEqual({ situation: 'AGREEMENT_ENDING_SOON', validUntil: '2026-12-31' });
    clock.set('2027-01-01T01:00:00Z');
    await app.get(ClassificationService).sweep();
    expect(await situation()).toEqual({ situation: 'AGREEMENT_ENDED', validUntil: '2026-12-31' });
    const outbox = await svc.db.collection('children').findOne({ _id: id as never });
    await published(id);
    expect(outbox?.outboxVersion).toBeGreaterThanOrEqual(3);
    clock.set('2026-11-29T02:00:00Z');
  });

  it('records the household and a migrant parent’s workplace, takes the disability from the DPF’s record (issue 15 defect 4); a certification ends on its last day', async () => {
    const id = await register('2019-06-06');
    const DETAILS = `circumstances { fatherWorkplace disability { type grade certifiedOn }
      household { dibao dibaoFrom dibaoUntil address hukouRegionCode } }`;
    const res = await graphql(
      url,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { ${CHILD_FIELDS} ${DETAILS} } }`,
      {
        input: {
          childId: id,
          father: 'MIGRANT_WORKER',
          fatherWorkplace: '广东省东莞市',
          mother: 'AT_HOME',
          dibao: true,
          dibaoCertifiedFrom: '2026-01-01',
          dibaoCertifiedUntil: '2026-12-31',
          householdAddress: '沙埠村3队12号',
          hukouRegionCode: '450702100201',
          reason: '残疾人证、低保证核验',
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateChildCircumstances.circumstances.disability).toBeNull();
    // The DPF records the certificate in health; its event reaches the ledger (delivered here as the
    // consumer would: the broker's path is proven through the gateway in child-replica.int-spec.ts).
    await app.get(DepartmentEventsHandler).onCertificateRecorded(
      createEvent(DisabilityCertificateRecordedV1, {
        subject: id,
        regionCode: '450702100201',
        actor: { kind: 'user', id: 'dpf-officer', department: 'DPF' },
        occurredAt: clock.now(),
        payload: {
          childId: id,
          regionCode: '450702100201',
          type: 'HEARING',
          grade: 2,
          certifiedOn: '2025-06-01',
          recordedBy: 'dpf-officer',
        },
      }),
    );
    const child = (
      await graphql(url, `query ($id: ID!) { child(id: $id) { ${CHILD_FIELDS} ${DETAILS} } }`, { id })
    ).data.child;
    expect(child.circumstances).toEqual({
      fatherWorkplace: '广东省东莞市',
      disability: { type: 'HEARING', grade: 2, certifiedOn: '2025-06-01' },
      household: {
        dibao: true,
        dibaoFrom: '2026-01-01',
        dibaoUntil: '2026-12-31',
        address: '沙埠村3队12号',
        hukouRegionCode: '450702100201',
      },
    });
    expect(child.classification.categories.map((c: { category: string }) => c.category)).toEqual([
      'POVERTY_DIBAO',
      'DISABLED',
    ]);

    for (const [input, code, field] of [
      [
        { disabilityCertificate: false, disabilityType: 'VISION', disabilityGrade: 1 },
        'DISABILITY_RECORDED_BY_DPF',
        'input.disabilityCertificate',
      ],
      [{ disabilityGrade: 1 }, 'DISABILITY_RECORDED_BY_DPF', 'input.disabilityGrade'],
      [{ motherWorkplace: '深圳' }, 'WORKPLACE_WITHOUT_MIGRANT_PARENT', 'input.motherWorkplace'],
      [{ hukouRegionCode: '450702100999' }, 'UNKNOWN_REGION', 'input.hukouRegionCode'],
      [{ dibaoCertifiedFrom: '2027-01-01' }, 'CERTIFICATION_PERIOD_INVALID', 'input.dibaoCertifiedUntil'],
      [{ disabilityGrade: 5 }, 'FIELD_INVALID', 'input.disabilityGrade'],
    ] as [object, string, string][]) {
      const bad = await update({ childId: id, reason: '更正', ...input });
      expect(bad.errors?.[0].extensions).toMatchObject({ code, field });
    }

    clock.set('2027-01-01T01:00:00Z');
    await app.get(ClassificationService).sweep();
    const after = await graphql(url, `query ($id: ID!) { child(id: $id) { ${CHILD_FIELDS} } }`, { id });
    expect(after.data.child.classification.categories.map((c: { category: string }) => c.category)).toEqual([
      'DISABLED',
    ]);
    expect(after.data.child.classificationHistory.at(-1)).toMatchObject({ removed: ['POVERTY_DIBAO'] });
    clock.set('2026-11-29T02:00:00Z');
  });

  it('refuses a change made on a child that someone else changed meanwhile, writing nothing', async () => {
    const id = await register('2013-09-09');
    const repo = app.get(ChildRepository);
    const read = repo.findById.bind(repo);
    // Another caseworker's write lands right after every read of this child, so what this change
    // read is already stale when it writes.
    const spy = jest.spyOn(repo, 'findById').mockImplementation(async (childId: string) => {
      const child = await read(childId);
      if (child) {
        await repo.updateAtRevision(
          childId,
          child.revision,
          { $set: { 'circumstances.aidsAffected': false } },
          [],
        );
      }
      return child;
    });
    const res = await update({ childId: id, dibao: true, reason: '低保审批' });
    spy.mockRestore();
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'CHILD_CHANGED_CONCURRENTLY',
      kind: 'conflict',
    });
    const child = await graphql(url, `query ($id: ID!) { child(id: $id) { ${CHILD_FIELDS} } }`, { id });
    expect(child.data.child.classification.categories).toEqual([]);
  });

  it('concurrent changes of one child: each is either kept or refused, none is lost', async () => {
    const id = await register('2012-12-12');
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        update({ childId: id, seriousIllness: i % 2 === 0, reason: `核实${i}` }),
      ),
    );
    const kept = results.filter((r) => !r.errors).length;
    const refused = results.filter(
      (r) => r.errors?.[0].extensions?.code === 'CHILD_CHANGED_CONCURRENTLY',
    ).length;
    expect(kept + refused).toBe(10);
    expect(kept).toBeGreaterThan(0);
    const doc = await svc.db.collection('children').findOne({ _id: id as never });
    expect(doc?.revision).toBe(1 + kept);
  });

  it('refuses an unknown child, an empty reason and an unknown parent status, changing nothing', async () => {
    const unknown = await update({ childId: 'no-such-child', dibao: true, reason: 'x' });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'CHILD_NOT_FOUND' });
    const id = await register('2015-03-03');
    const noReason = await update({ childId: id, dibao: true, reason: '' });
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'FIELD_REQUIRED', field: 'input.reason' });
    const badStatus = await update({ childId: id, father: 'ON_THE_MOON', reason: 'x' });
    expect(badStatus.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const child = await graphql(url, `query ($id: ID!) { child(id: $id) { ${CHILD_FIELDS} } }`, { id });
    expect(child.data.child.classification.categories).toEqual([]);
    expect(child.data.child.classificationHistory).toEqual([]);
  });
});
