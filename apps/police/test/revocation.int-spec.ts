import { GuardianshipRevokedV1 } from '@qz/contracts';
import { localDateInChina } from '@qz/kernel';
import { DEMO_VILLAGE, waitFor } from '@qz/testing';
import { CIVIL, errorOf, policeThroughGateway } from './police-stack';

/**
 * Revocation of guardianship (四(二)5), police through the gateway with the registry (see
 * police-stack): the petition's grounds are checked against the case's record, and the court's
 * decision is an event read by a real consumer.
 */
describe('police: a revocation petition and the court’s decision', () => {
  const { events, gql, mutate, ok, casesOf, register } = policeThroughGateway();

  it('rule 四(二)5: a revocation petition is checked against the record; the 6-month ground needs six calendar months of refusal after police education; the court’s revocation is an event', async () => {
    const childId = await register(7);
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    const neglect = (receivedAt: Date, over: object = {}) =>
      mutate('receiveReport', {
        situationType: 'GUARDIAN_NOT_PERFORMING',
        reporterKind: 'VILLAGE_COMMITTEE',
        channel: 'DUTY_BEARER_DIRECT',
        reporterOrganisation: '沙埠村委会',
        reporterName: '督导员 黄丽',
        childId,
        regionCode: DEMO_VILLAGE,
        facts: '父母外出务工后不再联系，不寄生活费，儿童靠邻居接济',
        receivedAt: receivedAt.toISOString(),
        ...over,
      });
    const first = await waitFor('the child to reach police', async () => {
      const res = await neglect(daysAgo(240));
      return res.errors ? null : res.data.receiveReport;
    });
    const c = (await neglect(daysAgo(213))).data.receiveReport;
    expect(c.id).toBe(first.id);
    await neglect(daysAgo(213));
    await ok('dispatchCase', { caseId: c.id, unit: '沙埠派出所', officer: '李警官' });
    const CHECKS = `query ($id: ID!) { revocationGroundChecks(childId: $id) { ground supported reason evidence { kind } } }`;
    const sixMonths = async () =>
      (await gql(CHECKS, { id: childId })).data.revocationGroundChecks.find(
        (g: { ground: string }) => g.ground === 'REFUSED_DUTIES_SIX_MONTHS',
      );
    expect(await sixMonths()).toMatchObject({ supported: false, evidence: [] }); // no police education yet
    await ok('recordIntervention', {
      caseId: c.id,
      kind: 'CRITICISM_EDUCATION',
      against: '父 韦某',
      decidedOn: localDateInChina(daysAgo(230)),
      notes: '训诫父亲，责令其履行监护职责',
    });
    const oneDay = await sixMonths(); // two refusals of the same day after the education
    expect(oneDay.supported).toBe(false);
    expect(oneDay.reason).toContain(
      `from ${localDateInChina(daysAgo(213))} to ${localDateInChina(daysAgo(213))}`,
    );
    const before = (await neglect(daysAgo(1))).data.receiveReport;
    const petition = (over: object) =>
      gql(
        `mutation ($input: FileRevocationPetitionInput!) { fileRevocationPetition(input: $input) {
          revocationPetitions { id grounds checks { ground supported reason evidence { kind type on } } } timeline { action } } }`,
        {
          input: {
            caseId: c.id,
            against: '父 韦某',
            petitioner: 'CIVIL_AFFAIRS',
            petitionerName: '钦南区民政局',
            filedOn: localDateInChina(new Date()),
            grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
            ...over,
          },
        },
        CIVIL,
      );
    expect(errorOf(await petition({ grounds: [] }))).toMatchObject({
      code: 'REVOCATION_GROUNDS_MISSING',
      field: 'input.grounds',
    });
    const early = localDateInChina(daysAgo(90));
    const refused = await petition({ filedOn: early });
    expect(errorOf(refused)).toMatchObject({
      code: 'REVOCATION_GROUND_NOT_SUPPORTED',
      field: 'input.grounds',
    });
    expect(refused.errors?.[0].message).toContain(localDateInChina(daysAgo(213)));
    expect(errorOf(await petition({ grounds: ['SERIOUS_HARM_OR_ABANDONMENT'] }))).toMatchObject({
      code: 'REVOCATION_GROUND_NOT_SUPPORTED',
    });
    expect((await casesOf(childId))[0].timeline).toEqual(before.timeline); // nothing written

    expect(await sixMonths()).toMatchObject({
      supported: true,
      evidence: [{ kind: 'INTERVENTION' }, { kind: 'REPORT' }, { kind: 'REPORT' }, { kind: 'REPORT' }],
    });
    const filed = await petition({});
    expect(filed.errors).toBeUndefined();
    const [p] = filed.data.fileRevocationPetition.revocationPetitions;
    expect(p.checks).toMatchObject([{ ground: 'REFUSED_DUTIES_SIX_MONTHS', supported: true }]);
    expect(p.checks[0].evidence.map((e: { on: string }) => e.on)).toEqual(
      [230, 213, 213, 1].map((n) => localDateInChina(daysAgo(n))),
    ); // the report 240 days ago, before the education, is no evidence

    const decide = (over: object) =>
      gql(
        `mutation ($input: RecordCourtDecisionInput!) { recordCourtDecision(input: $input) {
          revocationPetitions { decision { outcome newGuardian { kind name } } } } }`,
        {
          input: {
            caseId: c.id,
            petitionId: p.id,
            outcome: 'REVOKED',
            court: '钦南区人民法院',
            decidedOn: localDateInChina(new Date()),
            ...over,
          },
        },
      );
    expect(errorOf(await decide({}))).toMatchObject({ code: 'NEW_GUARDIAN_MISSING' });
    const decided = await decide({ newGuardianKind: 'CIVIL_AFFAIRS', newGuardianName: '钦南区民政局' });
    expect(decided.errors).toBeUndefined();
    expect(decided.data.recordCourtDecision.revocationPetitions[0].decision).toEqual({
      outcome: 'REVOKED',
      newGuardian: { kind: 'CIVIL_AFFAIRS', name: '钦南区民政局' },
    });
    const revoked = await events.waitFor(GuardianshipRevokedV1, childId);
    expect(revoked.payload).toMatchObject({
      caseId: c.id,
      grounds: ['REFUSED_DUTIES_SIX_MONTHS'],
      formerGuardian: '父 韦某',
      newGuardian: { kind: 'CIVIL_AFFAIRS' },
    });
    expect(errorOf(await decide({ newGuardianKind: 'CIVIL_AFFAIRS', newGuardianName: 'x' }))).toMatchObject({
      code: 'PETITION_ALREADY_DECIDED',
    });
  });

  afterAll(() => expect(events.contractErrors).toEqual([]));
});
