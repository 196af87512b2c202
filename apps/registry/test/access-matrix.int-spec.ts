import {
  aUser,
  freePort,
  runAccessMatrix,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  forgedAssertion,
} from '@qz/testing';
import { IDENTITY_HEADER } from '@qz/identity';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registryPolicy } from '../src/access/policy';

/** Every operation of the registry as every role at three levels, against the policy table. */
describe('registry: access matrix (issue 8 §3)', () => {
  let registry: ServiceProcess;

  beforeAll(async () => {
    registry = new ServiceProcess('registry', await freePort(), {
      MONGO_DB: uniqueName('registry_matrix'),
      KAFKA_TOPIC_PREFIX: uniqueTopicPrefix(),
    });
    await registry.start();
  });

  afterAll(async () => {
    await registry?.stop();
  });

  const ask = (headers: Record<string, string>) =>
    fetch(registry.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ region(code: "450700") { code } }' }),
    });

  it('agrees with the policy table for every operation, role and region level', async () => {
    const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
    // The SDL leaves out federation's own `_entities` (tested in access.int-spec.ts).
    expect(await runAccessMatrix(registry.url, sdl, registryPolicy)).toEqual([]);
  }, 300_000);

  it('refuses a request straight to the subgraph without the gateway’s credential: 401 UNAUTHENTICATED', async () => {
    const res = await ask({});
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain('UNAUTHENTICATED');
  });

  it('refuses an assertion signed by another key: 401 UNAUTHENTICATED', async () => {
    const forged = await forgedAssertion(aUser('CIVIL_AFFAIRS_OFFICER'));
    const res = await ask({ [IDENTITY_HEADER]: forged });
    expect(res.status).toBe(401);
    expect(JSON.stringify(await res.json())).toContain('UNAUTHENTICATED');
  });
});
