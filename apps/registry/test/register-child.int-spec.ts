import { ChildClassifiedV1, ChildRegisteredV1, type Envelope } from '@qz/contracts';
import {
  aChild,
  DEMO_VILLAGE,
  connectTestDatabase,
  dropTestDatabase,
  EventCollector,
  freePort,
  aUser,
  graphqlAs,
  residentIdFor,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Connection } from 'mongoose';

/** The county ledger keeper (a civil-affairs officer of the city), as the gateway forwards them. */
const OFFICER = aUser('CIVIL_AFFAIRS_OFFICER');
const graphql = graphqlAs(OFFICER);

const REGISTER = `mutation ($input: RegisterChildInput!) {
  registerChild(input: $input) { id familyName givenName sex birthDate maskedResidentIdNumber regionCode registeredAt }
}`;

/** The registry as it runs, against the real store and broker; a real consumer reads its events. */
describe('registry: registerChild', () => {
  const db = uniqueName('registry');
  const topicPrefix = uniqueTopicPrefix();
  let registry: ServiceProcess;
  let connection: Connection;
  const events = new EventCollector([ChildRegisteredV1, ChildClassifiedV1], topicPrefix);
  const received = (): Envelope[] => events.received.map((r) => r.event);

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: db,
      KAFKA_TOPIC_PREFIX: topicPrefix,
    });
    await registry.start();
    connection = await connectTestDatabase(db);
    await events.start();
  });

  afterAll(async () => {
    await events.stop();
    await registry?.stop();
    await dropTestDatabase(connection);
  });

  const register = (input: object) => graphql(registry.url, REGISTER, { input });
  const children = () => connection.collection('children').countDocuments();

  it('registers a child and publishes ChildRegistered v1, valid against its contract, keyed by the child', async () => {
    const input = aChild({ familyName: '陆', givenName: '思琪', sex: 'FEMALE', birthDate: '2016-08-08' });
    const res = await register(input);
    expect(res.errors).toBeUndefined();
    const child = res.data.registerChild;
    expect(child).toMatchObject({
      familyName: '陆',
      givenName: '思琪',
      sex: 'FEMALE',
      birthDate: '2016-08-08',
    });
    expect(child.maskedResidentIdNumber).toBe('******************');

    const event = await waitFor('the ChildRegistered event', () =>
      received().find((e) => e.subject === child.id),
    );
    expect(event).toMatchObject({
      type: 'registry.child.registered',
      version: 1,
      producer: 'registry',
      regionCode: DEMO_VILLAGE,
      payload: {
        childId: child.id,
        birthDate: '2016-08-08',
        sex: 'FEMALE',
        regionCode: DEMO_VILLAGE,
        revision: 1,
      },
    });
    expect(JSON.stringify(event)).not.toContain(input.residentIdNumber); // the ID number stays in the registry
    expect(events.contractErrors).toEqual([]);
    // Published and removed from the outbox.
    await waitFor('the outbox to be empty', async () => {
      const doc = await connection.collection('children').findOne({ _id: child.id });
      return doc?.outbox.length === 0 && doc.outboxPending === false;
    });
  });

  it('publishes ChildClassified v1, valid against its contract, when circumstances change the categories', async () => {
    const registered = await register(aChild({ birthDate: '2012-04-04' }));
    const id = registered.data.registerChild.id as string;
    const res = await graphql(
      registry.url,
      `
        mutation ($input: UpdateChildCircumstancesInput!) {
          updateChildCircumstances(input: $input) {
            classification {
              leftBehind
            }
          }
        }
      `,
      { input: { childId: id, father: 'MIGRANT_WORKER', mother: 'IMPRISONED', reason: '走访核实' } },
    );
    expect(res.errors).toBeUndefined();
    const event = await waitFor('the ChildClassified event', () =>
      received().find((e) => e.subject === id && e.type === 'registry.child.classified'),
    );
    expect(event.payload).toEqual({
      childId: id,
      categories: ['LEFT_BEHIND'],
      added: ['LEFT_BEHIND'],
      removed: [],
      leftBehind: true,
      inDifficulty: false,
      protectedAsChildInDifficulty: false,
      reason: '走访核实',
      // The record's revision after the change (registered at 1): the departments' copies order by it.
      revision: 2,
    });
    expect(events.contractErrors).toEqual([]);
  });

  describe('bad input gets a specific code naming the field, and writes nothing', () => {
    const cases: [string, () => object, string, string][] = [
      [
        'a wrong ID check digit',
        () => {
          const c = aChild();
          const last = c.residentIdNumber[17] === '0' ? '1' : '0';
          return { ...c, residentIdNumber: c.residentIdNumber.slice(0, 17) + last };
        },
        'RESIDENT_ID_CHECK_DIGIT',
        'input.residentIdNumber',
      ],
      [
        'a birth date in the future',
        () => aChild({ birthDate: '2099-01-01', residentIdNumber: residentIdFor('2099-01-01', 'FEMALE') }),
        'BIRTH_DATE_IN_FUTURE',
        'input.birthDate',
      ],
      [
        'an impossible birth date',
        () => aChild({ birthDate: '2015-02-30' }),
        'INVALID_DATE',
        'input.birthDate',
      ],
      [
        'a birth date that contradicts the ID number',
        () => ({ ...aChild({ birthDate: '2015-06-01' }), birthDate: '2015-06-02' }),
        'RESIDENT_ID_BIRTH_DATE_MISMATCH',
        'input.residentIdNumber',
      ],
      [
        'a sex that contradicts the ID number',
        () => ({ ...aChild({ sex: 'MALE' }), sex: 'FEMALE' }),
        'RESIDENT_ID_SEX_MISMATCH',
        'input.residentIdNumber',
      ],
      [
        'an adult (the ledger holds minors, under 18)',
        () => aChild({ birthDate: '2000-01-01', residentIdNumber: residentIdFor('2000-01-01', 'FEMALE') }),
        'NOT_A_MINOR',
        'input.birthDate',
      ],
      ['an unknown region', () => aChild({ regionCode: '450799' }), 'UNKNOWN_REGION', 'input.regionCode'],
      [
        'a township where the household village is required',
        () => aChild({ regionCode: '450702100' }),
        'REGION_NOT_A_VILLAGE',
        'input.regionCode',
      ],
      ['a malformed region code', () => aChild({ regionCode: '45-07' }), 'FIELD_INVALID', 'input.regionCode'],
      [
        'a name over 50 characters',
        () => aChild({ familyName: '韦'.repeat(51) }),
        'FIELD_TOO_LONG',
        'input.familyName',
      ],
      [
        'a huge ID number',
        () => aChild({ residentIdNumber: '4'.repeat(5000) }),
        'FIELD_TOO_LONG',
        'input.residentIdNumber',
      ],
      ['an empty given name', () => aChild({ givenName: '' }), 'FIELD_REQUIRED', 'input.givenName'],
    ];

    it.each(cases)('%s', async (_what, make, code, field) => {
      const before = await children();
      const res = await register(make());
      expect(res.data).toBeNull();
      expect(res.errors?.[0].extensions).toMatchObject({ code, field });
      expect(res.errors?.[0].message).toContain(field);
      expect(await children()).toBe(before);
    });

    it('a missing required field is refused by the schema, naming it', async () => {
      const { givenName: _omitted, ...rest } = aChild();
      const res = await register(rest);
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toContain('givenName');
    });

    it('a duplicate ID number is refused with CHILD_ALREADY_REGISTERED, and only one child exists', async () => {
      const input = aChild();
      expect((await register(input)).errors).toBeUndefined();
      const before = await children();
      const again = await register({ ...input, givenName: '另一个' });
      expect(again.errors?.[0].extensions).toMatchObject({
        code: 'CHILD_ALREADY_REGISTERED',
        kind: 'conflict',
      });
      expect(await children()).toBe(before);
      expect(
        await connection.collection('children').countDocuments({ residentIdNumber: input.residentIdNumber }),
      ).toBe(1);
    });
  });
});

describe('registry start-up', () => {
  it('refuses to start without its settings, naming each one', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: '1', KAFKA_BROKERS: 'localhost' };
    delete env.MONGO_URL;
    delete env.MONGO_DB;
    const main = join(__dirname, '..', '..', '..', 'dist', 'apps', 'registry', 'src', 'main.js');
    const run = spawnSync(process.execPath, [main], { env, encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('registry cannot start: invalid configuration');
    expect(run.stderr).toContain('MONGO_URL is required but not set');
    expect(run.stderr).toContain('MONGO_DB is required but not set');
    expect(run.stderr).toContain('KAFKA_BROKERS is malformed');
  });
});
