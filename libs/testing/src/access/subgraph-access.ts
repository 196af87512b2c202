import { IDENTITY_HEADER, type Identity } from '@qz/identity';
import type { Connection } from 'mongoose';
import { startService, type ServiceProcessUnderTest } from '../harness/service-under-test';
import { graphql } from '../stack/service-process';
import { printedSdl, uniqueName, waitFor } from '../stack/stack';
import { runAccessMatrix, type MatrixPolicy } from './access-matrix';
import { forgedAssertion, viaGateway } from './test-identities';

/** A GraphQL answer as the access tests read it. */
export type Answer = {
  data?: any;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
};

export interface SubgraphAccessOptions {
  /** Its access policy table. */
  policy: MatrixPolicy;
  /** A query the gateway-only checks send. */
  query: string;
  /** Whose identity the forged assertion claims. */
  forgedAs: Identity;
  /** What the answer to a forged request must not contain (e.g. the id of a record made in beforeAll). */
  notLeaking?: () => string;
  /** Settings of the service (environment variables). */
  env?: Record<string, string>;
  /** Its topic prefix (default: a new one). */
  topicPrefix?: string;
}

/**
 * A department's subgraph alone, as the gateway calls it (issue 8 §3), for the `describe` it is
 * called in: its process from dist/ with a database of its own; every operation of its committed
 * schema asked as every role at three region levels, the answers agreeing with `policy`; and a
 * request that did not come through the gateway (no credential, or an assertion signed by another
 * key) refused 401 UNAUTHENTICATED, with no data. Register the file's own `beforeAll` after it.
 */
export function subgraphAccess(service: string, options: SubgraphAccessOptions) {
  let svc: ServiceProcessUnderTest | undefined;
  const started = () => {
    if (!svc) throw new Error(`subgraphAccess: ${service} is not started`);
    return svc;
  };

  beforeAll(async () => {
    svc = await startService(service, {
      dbName: uniqueName(`${service}_access`),
      topicPrefix: options.topicPrefix,
      env: options.env,
    });
  }, 120_000);
  afterAll(() => svc?.stop());

  it('every operation answers every role at city, county and village level as the policy table says', async () => {
    const sdl = printedSdl(service);
    expect(await runAccessMatrix(started().url, sdl, options.policy)).toEqual([]);
  }, 300_000);

  describe('requests that did not come through the gateway', () => {
    const refused = async (headers: Record<string, string>) => {
      const res = await fetch(started().url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: options.query }),
      });
      expect(res.status).toBe(401);
      const body = (await res.json()) as Answer;
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.data ?? null).toBeNull();
      return JSON.stringify(body);
    };

    it('a request without the gateway’s credential is refused 401 UNAUTHENTICATED', async () => {
      await refused({});
    });

    it('an assertion signed by another key is refused 401 UNAUTHENTICATED, nothing leaked', async () => {
      const body = await refused({ [IDENTITY_HEADER]: await forgedAssertion(options.forgedAs) });
      if (options.notLeaking) expect(body).not.toContain(options.notLeaking());
    });
  });

  /** A request as `user`, signed as the gateway signs. */
  const as = async (
    user: Identity,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer> => graphql(started().url, query, variables, await viaGateway(user));
  return {
    get url(): string {
      return started().url;
    },
    /** The service's database, for arranging data and checking what it wrote. */
    get db(): Connection {
      return started().db;
    },
    as,
    /** The same, its data; any error fails the test. */
    async ok(user: Identity, query: string, variables: Record<string, unknown> = {}) {
      const res = await as(user, query, variables);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    },
  };
}

/** The access records naming a child, oldest first. */
export const accessRecordsOf = (db: Connection, childId: string) =>
  db.collection('access_records').find({ childIds: childId }).sort({ at: 1 }).toArray();

/**
 * The access records about `childId` that `request` added (each as JSON), once the service has
 * written at least one: a read's record is written as its answer is sent.
 */
export async function accessRecordsAddedBy(
  db: Connection,
  childId: string,
  request: () => Promise<unknown>,
): Promise<string[]> {
  const before = (await accessRecordsOf(db, childId)).length;
  await request();
  const records = await waitFor('the access record of the request', async () => {
    const all = await accessRecordsOf(db, childId);
    return all.length > before ? all : null;
  });
  return records.slice(before).map((r) => JSON.stringify(r));
}
