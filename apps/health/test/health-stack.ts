import { ChildClassifiedV1, ChildRegisteredV1, type EventContract } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import {
  aUser,
  connectTestDatabase,
  dropTestDatabase,
  EventPublisher,
  freePort,
  graphql,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  waitFor,
} from '@qz/testing';
import type { Connection } from 'mongoose';
import { randomUUID } from 'node:crypto';

/** The health commission's officer of the city: medical assistance, standards, budgets. */
export const HEALTH_CITY = aUser('HEALTH_OFFICER', '450700');
/** The disabled persons' federation's officer of the city: rehabilitation, disability records. */
export const DPF_CITY = aUser('DPF_OFFICER', '450700');

/**
 * The health service as it runs (from dist/), with its own database and topic prefix, and a real
 * Kafka producer standing in for the registry and the assistance service.
 */
export class HealthStack {
  readonly db = uniqueName('health');
  readonly topicPrefix = uniqueTopicPrefix();
  service!: ServiceProcess;
  connection!: Connection;
  private readonly producer = new EventPublisher(this.topicPrefix);
  /** Today in China, and its year. */
  readonly today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  readonly year = Number(this.today.slice(0, 4));

  /** A stack started before the file's tests and stopped after them. */
  static forThisFile(): HealthStack {
    const stack = new HealthStack();
    beforeAll(() => stack.start());
    afterAll(() => stack.stop());
    return stack;
  }

  async start(): Promise<void> {
    this.service = new ServiceProcess('health', await freePort(), {
      MONGO_DB: this.db,
      KAFKA_TOPIC_PREFIX: this.topicPrefix,
    });
    await this.service.start();
    this.connection = await connectTestDatabase(this.db);
    await this.producer.start();
  }

  async stop(): Promise<void> {
    await this.producer.stop();
    await this.service?.stop();
    if (this.connection) await dropTestDatabase(this.connection);
  }

  get url(): string {
    return this.service.url;
  }

  /** Publishes an event as its producer would, valid against its contract. */
  async publish<P>(contract: EventContract<P>, subject: string, regionCode: string, payload: P) {
    return this.producer.publish(contract, { subject, regionCode }, payload);
  }

  /** A child registered in the registry, known to health once this returns. */
  async registerChild(birthDate: string, regionCode = '450702'): Promise<string> {
    const childId = randomUUID();
    await this.publish(ChildRegisteredV1, childId, regionCode, {
      childId,
      familyName: '测',
      givenName: '试',
      sex: 'FEMALE',
      birthDate,
      regionCode,
      registeredAt: new Date().toISOString(),
    });
    await waitFor(
      `health to learn of child ${childId}`,
      async () => this.connection.collection('child_replicas').findOne({ _id: childId as never }),
      { timeoutMs: 90_000 },
    );
    return childId;
  }

  /**
   * Children registered in the registry and classified in difficulty (seriously ill), so that
   * medical assistance applies to them from today; returns once health knows all of them.
   */
  async childrenInDifficulty(n: number, birthDate = '2015-01-01', regionCode = '450702'): Promise<string[]> {
    const ids = Array.from({ length: n }, () => randomUUID());
    for (const childId of ids) {
      await this.publish(ChildRegisteredV1, childId, regionCode, {
        childId,
        familyName: '测',
        givenName: '试',
        sex: 'MALE',
        birthDate,
        regionCode,
        registeredAt: new Date().toISOString(),
      });
      await this.publish(ChildClassifiedV1, childId, regionCode, {
        childId,
        categories: ['SERIOUSLY_ILL'],
        added: ['SERIOUSLY_ILL'],
        removed: [],
        leftBehind: false,
        inDifficulty: true,
        protectedAsChildInDifficulty: false,
        reason: '重病诊断',
      });
    }
    await waitFor(
      `health to learn of ${n} children in difficulty`,
      async () => {
        const replicas = await this.connection
          .collection('child_replicas')
          .countDocuments({ _id: { $in: ids as never[] } });
        const facts = await this.connection
          .collection('child_facts')
          .countDocuments({ _id: { $in: ids as never[] }, difficultySince: { $ne: null } });
        return replicas === n && facts === n;
      },
      // Generous: a rebalance pauses consumption. The consumer group is named after the service
      // alone, so a health process of another test run at the same time joins the same group and
      // may be handed (and skip) this run's partitions; run these files one at a time.
      { timeoutMs: 180_000, intervalMs: 250 },
    );
    return ids;
  }

  /** The child's health fields through federation's entity resolution, as the gateway asks. */
  async childHealth(childId: string, fields: string, as: Identity = HEALTH_CITY) {
    const res = await graphql(
      this.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Child { health { ${fields} } } } }`,
      { r: [{ __typename: 'Child', id: childId }] },
      await viaGateway(as),
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data._entities[0].health;
  }

  /** A request straight to the service as the gateway sends it for `as` (the city's health officer by default). */
  async gql(query: string, variables: Record<string, unknown> = {}, as: Identity = HEALTH_CITY) {
    return graphql(this.url, query, variables, await viaGateway(as));
  }
}
