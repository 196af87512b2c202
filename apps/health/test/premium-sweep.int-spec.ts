import type { INestApplication } from '@nestjs/common';
import { BenefitGrantedV1, ChildRegisteredV1, createEvent, type EventContract } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import { toKafkaMessage } from '@qz/messaging';
import { CLOCK } from '@qz/platform';
import {
  aUser,
  graphql,
  type InProcessService,
  stackSettings,
  startInProcess,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
} from '@qz/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import { PremiumSubsidyService } from '../src/premium/premium-subsidy.service';

/**
 * The premium subsidy across a year boundary, in the service running in-process against the real
 * store and broker with a clock the test moves: the new year's decision uses the new year's
 * standard, and last year's decision stays as it was.
 */
describe('health: premium subsidy of a new year (四(三)2 standards by effective period)', () => {
  const clock = new ManualClock('2026-12-31T02:00:00Z');
  const topicPrefix = uniqueTopicPrefix();
  /** The city's health commission officer: premium subsidies and their standards are theirs. */
  const officer = aUser('HEALTH_OFFICER', '450700');
  let svc: InProcessService;
  let app: INestApplication;
  let url: string;
  let producer: Producer;

  beforeAll(async () => {
    svc = await startInProcess('health', () => import('../src/app.module').then((m) => m.AppModule), {
      topicPrefix,
      env: {
        PREMIUM_SWEEP_MINUTES: '1440',
      },
      overrides: [[CLOCK, clock]],
    });
    app = svc.app;
    url = svc.url;
    producer = new Kafka({ brokers: stackSettings().kafkaBrokers, logLevel: logLevel.NOTHING }).producer();
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await svc?.stop();
  });

  async function publish<P>(contract: EventContract<P>, childId: string, payload: P) {
    const envelope = createEvent(contract, {
      subject: childId,
      regionCode: '450702',
      actor: { kind: 'user', id: 'test' },
      occurredAt: clock.now(),
      payload,
    });
    await producer.send({ topic: `${topicPrefix}${contract.topic}`, messages: [toKafkaMessage(envelope)] });
  }

  const subsidies = async (childId: string) => {
    const res = await graphql(
      url,
      `
        query ($r: [_Any!]!) {
          _entities(representations: $r) {
            ... on Child {
              health {
                premiumSubsidies {
                  year
                  basis
                  amountFen
                  contributionFen
                  contributionStandard {
                    effectiveFrom
                  }
                  cause
                }
              }
            }
          }
        }
      `,
      { r: [{ __typename: 'Child', id: childId }] },
      await viaGateway(officer),
    );
    return res.data?._entities[0].health?.premiumSubsidies ?? [];
  };

  it('on 1 January the sweep makes the new year’s decision with the new standard; the old year’s is unchanged', async () => {
    const childId = 'sweep-child-1';
    await publish(ChildRegisteredV1, childId, {
      childId,
      familyName: '农',
      givenName: '小梅',
      sex: 'FEMALE',
      birthDate: '2015-02-02',
      regionCode: '450702',
      registeredAt: clock.now().toISOString(),
    });
    await publish(BenefitGrantedV1, childId, {
      benefitId: 'tekun-1',
      childId,
      programme: 'TEKUN_SUPPORT',
      regionCode: '450702',
      status: 'ACTIVE',
      monthlyAmountFen: 120_000,
      startDate: '2026-03-01',
      endDate: null,
      reason: '特困供养审批',
      effectiveDate: '2026-03-01',
    });
    const [y2026] = await waitFor(
      'the 2026 decision',
      async () => ((await subsidies(childId)).length ? subsidies(childId) : null),
      {
        timeoutMs: 90_000,
      },
    );
    expect(y2026).toMatchObject({ year: 2026, basis: 'TEKUN', amountFen: 40_000 });

    const set = await graphql(
      url,
      `
        mutation ($input: SetHealthPolicyStandardInput!) {
          setHealthPolicyStandard(input: $input) {
            version
          }
        }
      `,
      {
        input: {
          kind: 'PREMIUM_CONTRIBUTION',
          subject: 'RESIDENT',
          regionCode: '450700',
          effectiveFrom: '2027-01-01',
          amountFen: 42_000,
          reason: '2027年度城乡居民医保个人缴费标准',
        },
      },
      await viaGateway(officer),
    );
    expect(set.errors).toBeUndefined();
    expect(await app.get(PremiumSubsidyService).sweep()).toBe(0); // still 2026: nothing changes

    clock.set('2027-01-01T01:00:00Z'); // 09:00 in Qinzhou
    expect(await app.get(PremiumSubsidyService).sweep()).toBe(1);
    const [y2027, again2026] = await subsidies(childId);
    expect(y2027).toMatchObject({
      year: 2027,
      basis: 'TEKUN',
      amountFen: 42_000,
      contributionFen: 42_000,
      contributionStandard: { effectiveFrom: '2027-01-01' },
    });
    expect(y2027.cause).toMatch(/^premium sweep/);
    expect(again2026).toEqual(y2026);
  });
});
