import type { INestApplication } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import { Test } from '@nestjs/testing';
import { AccessRecordedV2 } from '@qz/contracts';
import { MessagingRuntime } from '@qz/messaging/nest';
import {
  aUser,
  authEnv,
  EventCollector,
  graphql,
  knownSubgraph,
  runAccessMatrix,
  stackSettings,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
  forgedAssertion,
} from '@qz/testing';
import type { Connection } from 'mongoose';

/**
 * The access foundation every subgraph stands on, in a tiny subgraph in-process against the real
 * store and broker: the gateway's credential, the policy table, purposes, region scoping, masking,
 * refused fields, and the access log with its events.
 */
describe('access control of a subgraph (identity, policy table, region, masking, access log)', () => {
  const topicPrefix = uniqueTopicPrefix();
  let app: INestApplication;
  let url: string;
  let collector: EventCollector;
  const ask = async (user: Parameters<typeof viaGateway>[0], query: string, variables = {}) =>
    graphql(url, query, variables, await viaGateway(user));
  const officer = aUser('HEALTH_OFFICER', '450702');

  beforeAll(async () => {
    Object.assign(process.env, {
      PORT: '1',
      MONGO_URL: stackSettings().mongoUrl,
      MONGO_DB: uniqueName('platform_access'),
      KAFKA_BROKERS: stackSettings().kafkaBrokers.join(','),
      KAFKA_TOPIC_PREFIX: topicPrefix,
      LOG_LEVEL: 'warn',
      ...authEnv(),
    });
    const { AccessFixtureModule } = await import('./access-fixture.module');
    const moduleRef = await Test.createTestingModule({ imports: [AccessFixtureModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    url = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
    knownSubgraph(url, 'health'); // the fixture is a health subgraph: its credentials' audience
    await app.get(MessagingRuntime).whenReady();
    collector = new EventCollector([AccessRecordedV2.health], topicPrefix);
    await collector.start();
  }, 120_000);

  afterAll(async () => {
    await collector?.stop();
    await app
      ?.get<Connection>(getConnectionToken())
      .dropDatabase()
      .catch(() => undefined);
    await app?.close();
  });

  const codes = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    (res.errors ?? []).map((e) => e.extensions?.['code']);

  it('refuses a request without the gateway’s credential, or with one the gateway did not sign (401)', async () => {
    const bare = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
    });
    expect(bare.status).toBe(401);
    expect(await bare.json()).toMatchObject({
      errors: [{ extensions: { code: 'UNAUTHENTICATED', reason: 'MISSING' } }],
    });

    const forged = await forgedAssertion(aUser('HEALTH_OFFICER', '450700'));
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-qz-identity': forged },
      body: JSON.stringify({ query: '{ kid(id: "kid-450702") { name } }' }),
    });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).not.toContain('甲');
  });

  it('refuses an operation the policy table does not name, to every role (nothing open by omission)', async () => {
    const res = await ask(aUser('HEALTH_OFFICER'), '{ unlisted }');
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.data).toBeNull();
  });

  it('allows the table’s roles and refuses the others', async () => {
    expect((await ask(officer, '{ kid(id: "kid-450702") { name } }')).data).toEqual({ kid: { name: '甲' } });
    const res = await ask(aUser('POLICE_OFFICER', '450702'), '{ kid(id: "kid-450702") { name } }');
    expect(codes(res)).toEqual(['FORBIDDEN']);
    expect(res.errors?.[0].message).not.toContain('甲');
  });

  it('asks a role that must state a purpose for one', async () => {
    const coordinator = aUser('COORDINATOR', '450700');
    expect(codes(await ask(coordinator, '{ whoAmI }'))).toEqual(['PURPOSE_REQUIRED']);
    const res = await ask({ ...coordinator, purpose: '季度督查' }, '{ whoAmI }');
    expect(res.data).toEqual({ whoAmI: `${coordinator.userId}:季度督查` });
  });

  it('refuses a region, a child or an answer outside the user’s subtree', async () => {
    const other = aUser('HEALTH_OFFICER', '450703');
    expect(codes(await ask(other, '{ kids(regionCode: "450702") { name } }'))).toEqual(['OUT_OF_REGION']);
    expect(
      codes(await ask(other, 'mutation { renameKid(childId: "kid-450702", name: "丙") { name } }')),
    ).toEqual(['OUT_OF_REGION']);
    expect((await ask(other, '{ kids { name } }')).data).toEqual({ kids: [{ name: '乙' }] });
    // A change answering with a record of another region it did not check (issue 16 §1).
    const linked = await ask(
      other,
      'mutation { linkKids(childId: "kid-450703", linkedTo: "kid-450702") { name } }',
    );
    expect(codes(linked)).toEqual(['OUT_OF_REGION']);
    expect(JSON.stringify(linked)).not.toContain('甲');
    const leak = await ask(other, '{ leakyKids { name } }');
    expect(codes(leak)).toEqual(['OUT_OF_REGION']);
    expect(JSON.stringify(leak)).not.toContain('甲');
    expect(
      (await ask(aUser('HEALTH_OFFICER', '450700'), '{ leakyKids { name } }')).data?.leakyKids,
    ).toHaveLength(2);
  });

  it('masks the identity number for a role without the rule, and omits a refused field with an error at its path', async () => {
    const staff = aUser('SCHOOL_STAFF', '450702');
    const res = await ask(staff, '{ kid(id: "kid-450702") { name residentIdNumber secret } }');
    expect(res.data).toEqual({ kid: { name: '甲', residentIdNumber: '******************', secret: null } });
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['kid', 'secret'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    const full = await ask(officer, '{ kid(id: "kid-450702") { residentIdNumber } }');
    expect(full.data).toEqual({ kid: { residentIdNumber: '45070220140309123X' } });
  });

  it('records one access per request and action, naming each child with its fields, user and purpose, and publishes it', async () => {
    const coordinator = aUser('COORDINATOR', '450700', { purpose: '个案会商', userId: uniqueName('coord') });
    const res = await ask(
      coordinator,
      '{ a: kid(id: "kid-450702") { secret } b: kid(id: "kid-450702") { secret name } }',
    );
    expect(res.errors).toBeUndefined();
    const event = await collectorWait(coordinator.userId);
    expect(event.payload).toMatchObject({
      children: [{ childId: 'kid-450702', fields: ['Child.secret'] }],
      action: 'READ',
      operation: 'kid',
      service: 'health',
      purpose: '个案会商',
      user: {
        userId: coordinator.userId,
        department: 'COORDINATION',
        roles: ['COORDINATOR'],
        regionCode: '450700',
      },
    });
    expect(collector.received.filter((r) => r.event.actor.id === coordinator.userId)).toHaveLength(1);

    const changer = aUser('HEALTH_OFFICER', '450702', { userId: uniqueName('changer') });
    await ask(changer, 'mutation { renameKid(childId: "kid-450702", name: "甲") { name } }');
    const change = await collectorWait(changer.userId);
    expect(change.payload).toMatchObject({
      children: [{ childId: 'kid-450702', fields: ['name'] }],
      action: 'CHANGE',
    });
    expect(collector.contractErrors).toEqual([]);
  });

  it('does not log a read that the field’s resolver refused', async () => {
    const officerA = aUser('HEALTH_OFFICER', '450702', { userId: uniqueName('sealer') });
    const reader = aUser('HEALTH_OFFICER', '450702', { userId: uniqueName('reader') });
    await ask(officerA, 'mutation { renameKid(childId: "kid-450702", name: "封存") { name } }');
    try {
      const refused = await ask(reader, '{ kid(id: "kid-450702") { secret } }');
      expect(refused.data).toEqual({ kid: { secret: null } });
      // a later read of another audited field marks where the reader's records end
      await ask(reader, '{ kid(id: "kid-450702") { residentIdNumber } }');
      await collectorWait(reader.userId);
      await new Promise((r) => setTimeout(r, 1000));
      const mine = collector.received.filter((r) => r.event.actor.id === reader.userId);
      expect(mine.map((r) => (r.event.payload as { children: unknown[] }).children)).toEqual([
        [{ childId: 'kid-450702', fields: ['Child.residentIdNumber'] }],
      ]);
    } finally {
      await ask(officerA, 'mutation { renameKid(childId: "kid-450702", name: "甲") { name } }');
    }
  });

  it('the generated matrix agrees with the table, and finds a table that says otherwise', async () => {
    const { printSubgraphSchema } = await import('@apollo/subgraph');
    const { GraphQLSchemaHost } = await import('@nestjs/graphql');
    const { FIXTURE_POLICY } = await import('./access-fixture.module');
    const sdl = printSubgraphSchema(app.get(GraphQLSchemaHost).schema);
    const tableOnly = { operations: { ...FIXTURE_POLICY.operations, unlisted: { roles: [] } } };
    // The unscoped list is what the matrix exists to find: refused to county and village users.
    expect(await runAccessMatrix(url, sdl, tableOnly)).toEqual([
      'leakyKids as HEALTH_OFFICER@450702: expected ALLOWED, got [OUT_OF_REGION]',
      'leakyKids as HEALTH_OFFICER@450702100201: expected ALLOWED, got [OUT_OF_REGION]',
    ]);

    const wrong = {
      operations: { ...tableOnly.operations, kids: { roles: ['HEALTH_OFFICER', 'POLICE_OFFICER'] } },
    };
    const problems = (await runAccessMatrix(url, sdl, wrong)).filter((p) => !p.startsWith('leakyKids'));
    expect(problems).toEqual(
      ['450700', '450702', '450702100201'].map(
        (r) => `kids as POLICE_OFFICER@${r}: expected ALLOWED, got [FORBIDDEN]`,
      ),
    );
  });

  async function collectorWait(userId: string) {
    const hit = await waitFor(`an access record of ${userId}`, () =>
      collector.received.find((r) => r.event.actor.id === userId),
    );
    return hit.event as { payload: Record<string, unknown> };
  }
});
