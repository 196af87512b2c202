import type { INestApplication } from '@nestjs/common';
import { ChildReplicaHandler } from '@qz/child-replica';
import { ChildClassifiedV1, ChildRegisteredV1, createEvent } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import { aUser, graphql as post, type InProcessService, viaGateway, waitFor } from '@qz/testing';
import type { Connection } from 'mongoose';
import { startAssistanceOnClock } from './assistance-on-a-clock';
import { BenefitService } from '../src/benefits/benefit.service';

/**
 * What the service does on its own, in-process against the real store and broker with a clock the
 * test moves: benefits end when their term is over, and a classification that arrived before the
 * child's registration is proposed for once the child is known.
 */
describe('assistance: term ends and late registrations', () => {
  const clock = new ManualClock('2026-11-26T02:00:00Z');
  let svc: InProcessService;
  let app: INestApplication;
  let url: string;
  let db: Connection;

  // The city bureau publishes the city's standards and grants; a county officer reads the standards
  // in force in the county (the city's among them).
  const CITY = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const COUNTY = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
  const graphql = async (_url: string, query: string, variables: Record<string, unknown> = {}) =>
    post(url, query, variables, await viaGateway(/assistanceStandards/.test(query) ? COUNTY : CITY));

  const replica = (id: string, birthDate: string) => ({
    _id: id as never,
    familyName: '莫',
    givenName: '小雨',
    sex: 'FEMALE',
    birthDate,
    regionCode: '450702',
    registeredAt: new Date(),
    knownSince: new Date(),
    appliedEventIds: [],
  });

  beforeAll(async () => {
    svc = await startAssistanceOnClock(clock);
    app = svc.app;
    url = svc.url;
    db = svc.db;
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('rule 四(三)1: an orphan allowance ends on the 18th birthday, with a BenefitEnded event', async () => {
    await db.collection('child_replicas').insertOne(replica('child-18', '2008-12-02'));
    const granted = await graphql(
      url,
      `
        mutation ($input: GrantBenefitInput!) {
          grantBenefit(input: $input) {
            id
            endDate
            status
          }
        }
      `,
      {
        input: {
          childId: 'child-18',
          programme: 'ORPHAN_ALLOWANCE',
          startDate: '2026-01-01',
          reason: '孤儿认定',
        },
      },
    );
    expect(granted.errors).toBeUndefined();
    expect(granted.data.grantBenefit).toMatchObject({ endDate: '2026-12-01', status: 'ACTIVE' });
    const service = app.get(BenefitService);
    expect(await service.endExpired()).toBe(0);

    clock.set('2026-12-02T01:00:00Z'); // the 18th birthday, 09:00 in Qinzhou
    expect(await service.endExpired()).toBe(1);
    expect(await service.endExpired()).toBe(0);
    const doc = await db.collection('benefits').findOne({ _id: granted.data.grantBenefit.id });
    expect(doc).toMatchObject({ status: 'ENDED', endDate: '2026-12-01' });
    expect(doc?.history.at(-1)).toMatchObject({
      action: 'end',
      effectiveDate: '2026-12-02',
      by: 'assistance:term-sweep',
      reason: expect.stringContaining('came of age'),
    });
    await waitFor('the BenefitEnded event to be published', async () => {
      const d = await db.collection('benefits').findOne({ _id: granted.data.grantBenefit.id });
      return d?.outboxPending === false;
    });
  });

  it('a classification that arrives before the registration is proposed for once the child is known', async () => {
    const replicas = app.get(ChildReplicaHandler);
    const event = createEvent(ChildClassifiedV1, {
      subject: 'child-late',
      regionCode: '450702',
      actor: { kind: 'user', id: 'u-1' },
      payload: {
        childId: 'child-late',
        categories: ['ORPHAN'],
        added: ['ORPHAN'],
        removed: [],
        leftBehind: false,
        inDifficulty: true,
        protectedAsChildInDifficulty: false,
        reason: '父母死亡证明',
        revision: 2,
      },
    });
    await replicas.onChildClassified([event]);
    await replicas.onChildClassified([event]); // delivered twice
    expect(await db.collection('proposals').countDocuments({ childId: 'child-late' })).toBe(0);

    const registered = createEvent(ChildRegisteredV1, {
      subject: 'child-late',
      regionCode: '450702001001',
      actor: { kind: 'user', id: 'u-1' },
      payload: {
        childId: 'child-late',
        familyName: '莫',
        givenName: '小雨',
        sex: 'FEMALE',
        birthDate: '2015-05-05',
        regionCode: '450702001001',
        registeredAt: new Date().toISOString(),
        revision: 1,
      },
    });
    await replicas.onChildRegistered([registered]);
    await replicas.onChildRegistered([registered]); // delivered twice: the proposal is made once
    const made = await db.collection('proposals').find({ childId: 'child-late' }).toArray();
    expect(made).toEqual([
      expect.objectContaining({ programme: 'ORPHAN_ALLOWANCE', status: 'PENDING', sourceEventId: event.id }),
    ]);
  });

  it('rule 四(三)1: a new year’s dibao standard applies from its first day; the old one ends the day before', async () => {
    const publish = (input: object) =>
      graphql(
        url,
        `
          mutation ($input: PublishStandardInput!) {
            publishAssistanceStandard(input: $input) {
              effectiveFrom
              effectiveTo
              childMonthlyAmountFen
            }
          }
        `,
        {
          input: {
            programme: 'DIBAO',
            regionCode: '450700',
            monthlyAmountFen: 66000,
            childUpliftPercent: 20,
            ...input,
          },
        },
      );
    const published = await publish({ effectiveFrom: '2027-01-01' });
    expect(published.data.publishAssistanceStandard).toEqual({
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      childMonthlyAmountFen: 79200, // 660.00 yuan + 20 %
    });
    const on = async (date: string) =>
      (
        await graphql(
          url,
          `{ assistanceStandards(regionCode: "450702", on: "${date}") { programme effectiveTo childMonthlyAmountFen } }`,
        )
      ).data.assistanceStandards.find((s: { programme: string }) => s.programme === 'DIBAO');
    expect(await on('2026-12-31')).toEqual({
      programme: 'DIBAO',
      effectiveTo: '2026-12-31',
      childMonthlyAmountFen: 72000,
    });
    expect(await on('2027-01-01')).toEqual({
      programme: 'DIBAO',
      effectiveTo: null,
      childMonthlyAmountFen: 79200,
    });
    expect((await publish({ effectiveFrom: '2026-06-01' })).errors?.[0].extensions).toMatchObject({
      code: 'STANDARD_INVALID',
    });
    expect(
      (await publish({ effectiveFrom: '2028-01-01', monthlyAmountFen: -1 })).errors?.[0].extensions,
    ).toMatchObject({
      code: 'AMOUNT_NEGATIVE',
    });
    expect(
      await db.collection('standards').countDocuments({ programme: 'DIBAO', regionCode: '450700' }),
    ).toBe(3);
  });
});
