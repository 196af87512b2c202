import { IDENTITY_HEADER } from '@qz/identity';
import {
  aUser,
  freePort,
  graphql,
  runAccessMatrix,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  viaGateway,
  forgedAssertion,
} from '@qz/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assistancePolicy } from '../src/access/policy';

/**
 * The assistance subgraph as it runs (dist/), asked every operation of its committed schema as
 * every role at the city, a county and a village, with and without a purpose, and from another
 * county: the answers agree with the policy table. Requests that do not come from the gateway are
 * refused before anything resolves.
 */
type Answer = { data?: unknown; errors?: { extensions?: { code?: string } }[] };

describe('assistance access: the policy table, as the running subgraph applies it', () => {
  let svc: ServiceProcess;
  const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  const QUERY = '{ coverageGaps(regionCode: "450702") { childId } }';

  beforeAll(async () => {
    svc = new ServiceProcess('assistance', await freePort(), {
      MONGO_DB: uniqueName('assistance_matrix'),
      KAFKA_TOPIC_PREFIX: uniqueTopicPrefix(),
    });
    await svc.start();
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('every operation, every role, three levels, purpose and cross-county: no disagreement with the table', async () => {
    expect(await runAccessMatrix(svc.url, sdl, assistancePolicy)).toEqual([]);
  }, 180_000);

  it('a request without the gateway’s assertion is refused 401 UNAUTHENTICATED', async () => {
    const res = await fetch(svc.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(401);
    const body = (await res.json()) as Answer;
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data ?? null).toBeNull();
  });

  it('an assertion signed by another key (forged) is refused 401 UNAUTHENTICATED', async () => {
    const forged = await forgedAssertion(aUser('CIVIL_AFFAIRS_OFFICER', '450700'));
    const res = await fetch(svc.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: forged },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as Answer).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('the same request with the gateway’s assertion is answered', async () => {
    const ok = await graphql(svc.url, QUERY, {}, await viaGateway(aUser('CIVIL_AFFAIRS_OFFICER', '450702')));
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ coverageGaps: [] });
  });
});
