import {
  AssessmentCompletedV1,
  GuardianshipRevokedV1,
  TemporaryCareStartedV1,
  type AssessmentCompletedPayload,
} from '@qz/contracts';
import { addDays, localDateInChina } from '@qz/kernel';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  EventPublisher,
  graphql,
  residentIdFor,
  startService,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
  type ServiceProcessUnderTest,
} from '@qz/testing';

/** A child social worker of the township: keeps the ledger of the township's villages. */
const SOCIAL_WORKER = aUser('CHILD_SOCIAL_WORKER', '450702100');
const CHILD = `id
  visiting { riskLevel lastVisitOn nextVisitDue assessedOn assessmentCaseId }
  classification { categories { category } }
  classificationHistory { added removed reason }
  guardianship { courtOrders { caseId court decidedOn newGuardianKind newGuardianName } }`;

/**
 * Police outcomes in the ledger (issue 15): the registry and assistance as processes from dist/,
 * sharing a topic prefix, against the real broker and store; police's events are produced as the
 * police outbox would (each published twice where a redelivery matters).
 */
describe('registry: police’s assessment, revocation and temporary care reach the ledger and assistance', () => {
  const topicPrefix = uniqueTopicPrefix();
  const police = new EventPublisher(topicPrefix);
  let registry: ServiceProcessUnderTest;
  let assistance: ServiceProcessUnderTest;
  const today = localDateInChina(new Date());

  beforeAll(async () => {
    [registry, assistance] = await Promise.all([
      startService('registry', { topicPrefix }),
      startService('assistance', { topicPrefix }),
    ]);
    await police.start();
  }, 180_000);

  afterAll(async () => {
    await police.stop();
    await Promise.all([registry?.stop(), assistance?.stop()]);
  });

  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await graphql(registry.url, query, variables, await viaGateway(SOCIAL_WORKER));
    expect(res.errors).toBeUndefined();
    return res.data;
  };
  const childOf = async (id: string) =>
    (await gql(`query ($id: ID!) { child(id: $id) { ${CHILD} } }`, { id })).child;

  async function register(birthDate: string) {
    const input = aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') });
    return (
      await gql(`mutation ($input: RegisterChildInput!) { registerChild(input: $input) { ${CHILD} } }`, {
        input,
      })
    ).registerChild;
  }

  const assessment = (caseId: string, childId: string, over: Partial<AssessmentCompletedPayload>) =>
    police.publish(
      AssessmentCompletedV1,
      { subject: caseId, regionCode: DEMO_VILLAGE },
      {
        caseId,
        childId,
        regionCode: DEMO_VILLAGE,
        townshipCode: '450702100',
        assessedOn: today,
        dueOn: today,
        onTime: true,
        safety: 'SAFE',
        guardianship: 'SAFE',
        health: 'SAFE',
        plan: [],
        ...over,
      },
    );

  it('四(二)4, 四(一)3: the township’s assessment raises the cadence, once per event; a later one lowers it', async () => {
    const child = await register('2015-04-02');
    // Registered today: first visit within 30 days, low risk.
    expect(child.visiting).toMatchObject({ riskLevel: 'LOW', nextVisitDue: addDays(today, 30) });
    const caseId = `case-${child.id}`;
    const inDanger = await assessment(caseId, child.id, { safety: 'IN_DANGER', guardianship: 'AT_RISK' });
    await police.send(AssessmentCompletedV1, inDanger);
    const raised = await waitFor('the assessment to reach the ledger', async () => {
      const c = await childOf(child.id);
      return c.visiting.assessmentCaseId === caseId && c;
    });
    expect(raised.visiting).toEqual({
      riskLevel: 'HIGH',
      lastVisitOn: null,
      nextVisitDue: addDays(today, 7),
      assessedOn: today,
      assessmentCaseId: caseId,
    });
    // Re-assessed safe a week on (same case, so after the redelivery on its partition): 90 days.
    const later = addDays(today, 7);
    await assessment(caseId, child.id, { assessedOn: later, dueOn: later });
    const lowered = await waitFor('the re-assessment to reach the ledger', async () => {
      const c = await childOf(child.id);
      return c.visiting.assessedOn === later && c;
    });
    expect(lowered.visiting).toMatchObject({ riskLevel: 'LOW', nextVisitDue: addDays(later, 90) });
    const stored = await registry.db.collection('children').findOne({ _id: child.id as never });
    expect(stored?.appliedEventIds).toHaveLength(2);
  });

  it('四(二)5, 四(一)2: a revocation naming civil affairs makes the child de-facto unsupported and assistance proposes 特困 support; a later order to a relative takes it back', async () => {
    const child = await register('2016-09-15');
    const caseId = `case-${child.id}`;
    const revocation = (
      petitionId: string,
      decidedOn: string,
      kind: 'CIVIL_AFFAIRS' | 'RELATIVE',
      name: string,
    ) =>
      police.publish(
        GuardianshipRevokedV1,
        { subject: caseId, regionCode: DEMO_VILLAGE },
        {
          caseId,
          petitionId,
          childId: child.id,
          regionCode: DEMO_VILLAGE,
          grounds: ['SERIOUS_HARM_OR_ABANDONMENT'],
          formerGuardian: '韦某',
          court: '钦南区人民法院',
          decidedOn,
          newGuardian: { kind, name },
        },
      );
    const first = await revocation('petition-1', '2026-10-20', 'CIVIL_AFFAIRS', '钦州市民政局');
    await police.send(GuardianshipRevokedV1, first);
    const revoked = await waitFor('the revocation to reach the ledger', async () => {
      const c = await childOf(child.id);
      return c.guardianship.courtOrders.length > 0 && c;
    });
    expect(revoked.classification.categories).toEqual([{ category: 'DE_FACTO_UNSUPPORTED' }]);
    expect(revoked.classificationHistory).toEqual([
      { added: ['DE_FACTO_UNSUPPORTED'], removed: [], reason: expect.stringContaining('四(二)5') },
    ]);
    const proposals = assistance.db.collection('proposals');
    const proposed = await waitFor('assistance to propose 特困 support', () =>
      proposals.findOne({ childId: child.id, programme: 'TEKUN_SUPPORT', status: 'PENDING' }),
    );
    expect(proposed.rule).toContain('四(三)1');

    await revocation('petition-2', '2026-11-20', 'RELATIVE', '韦秀英');
    const back = await waitFor('the second order to reach the ledger', async () => {
      const c = await childOf(child.id);
      return c.guardianship.courtOrders.length > 1 && c;
    });
    // The redelivered first order was not recorded twice.
    expect(back.guardianship.courtOrders.map((o: { newGuardianKind: string }) => o.newGuardianKind)).toEqual([
      'CIVIL_AFFAIRS',
      'RELATIVE',
    ]);
    expect(back.classification.categories).toEqual([]);
    expect(back.classificationHistory.map((h: { removed: string[] }) => h.removed)).toEqual([
      [],
      ['DE_FACTO_UNSUPPORTED'],
    ]);
    await waitFor('assistance to withdraw the proposal', () =>
      proposals.findOne({ _id: proposed._id, status: 'WITHDRAWN' }),
    );
  });

  it('四(二)3 临时照料, 四(一)4: a child police took into an institution’s temporary care is temporarily without family support, and assistance proposes temporary assistance', async () => {
    const child = await register('2015-04-12');
    const caseId = `case-${child.id}`;
    const started = await police.publish(
      TemporaryCareStartedV1,
      { subject: child.id, regionCode: DEMO_VILLAGE },
      {
        caseId,
        measureId: `measure-${child.id}`,
        childId: child.id,
        regionCode: DEMO_VILLAGE,
        institution: '钦州市未成年人救助保护中心',
        handoverDocument: '交接书 2026-041',
        startedAt: new Date().toISOString(),
      },
    );
    await police.send(TemporaryCareStartedV1, started); // redelivered: recorded once
    const cared = await waitFor('the temporary care to reach the ledger', async () => {
      const c = await childOf(child.id);
      return c.classification.categories.length > 0 && c;
    });
    expect(cared.classification.categories).toEqual([{ category: 'TEMPORARILY_WITHOUT_FAMILY' }]);
    expect(cared.classificationHistory).toEqual([
      {
        added: ['TEMPORARILY_WITHOUT_FAMILY'],
        removed: [],
        reason: expect.stringContaining('钦州市未成年人救助保护中心'),
      },
    ]);
    const proposed = await waitFor('assistance to propose temporary assistance', () =>
      assistance.db
        .collection('proposals')
        .findOne({ childId: child.id, programme: 'TEMPORARY_ASSISTANCE', status: 'PENDING' }),
    );
    expect(proposed.rule).toContain('四(三)1');
    expect((await childOf(child.id)).classificationHistory).toHaveLength(1);
  });
});
