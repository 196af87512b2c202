import type { Identity } from '@qz/identity';
import { childReplicaDocs } from '../builders/child-replica.builder';
import { viaGateway } from '../access/test-identities';
import { graphql } from '../stack/service-process';
import {
  childEntitiesQuery,
  childRepresentations,
  type CountedRequest,
  StoreCommandLog,
} from '../stack/store-command-log';
import { uniqueName } from '../stack/stack';
import { type ServiceUnderTest, startService } from './service-under-test';

export interface EntityPageCostOptions {
  /** The department's service (a subgraph that resolves `Child` entities). */
  service: string;
  /** Who asks (signed as the gateway signs). */
  user: Identity;
  /** The department's `Child` fields, as in a child-360 page. */
  selection: string;
  /** Where the 50 children live, and when they were born (the department's age rules). */
  village?: string;
  birthDate?: string;
  /** More data once the children are in the department's replica (e.g. a few cases). */
  arrange?: (svc: ServiceUnderTest, childIds: string[]) => Promise<void>;
}

type Measured = { result: { data?: any; errors?: unknown }; counted: CountedRequest };

/**
 * Issue 13's check for one department: its part of a page of children (federation's `_entities`,
 * as the gateway asks for it) measured for 1 child and for 50, counted by the driver inside the
 * service. Call `start` in beforeAll and `stop` in afterAll; `measure` gives both answers.
 */
export function entityPageCost(options: EntityPageCostOptions) {
  const log = new StoreCommandLog();
  let svc: ServiceUnderTest | undefined;
  const ids: string[] = [];
  const query = childEntitiesQuery(options.selection);
  return {
    ids,
    async start(): Promise<void> {
      svc = await startService(options.service, {
        dbName: uniqueName(`${options.service}_batched`),
        env: { ...log.env },
      });
      // The registry's children as this department's replica knows them (normally from its events).
      const replicas = childReplicaDocs(50, options.village ?? '450702100201', options.birthDate);
      await svc.db.collection('child_replicas').insertMany(replicas as never[]);
      ids.push(...replicas.map((r) => r._id));
      await options.arrange?.(svc, ids);
    },
    async stop(): Promise<void> {
      await svc?.stop();
      log.remove();
    },
    async measure(): Promise<{ one: Measured; all: Measured }> {
      const url = svc?.url;
      if (!url) throw new Error('entityPageCost: start() first');
      return log.measurePages(ids, async (children) =>
        graphql(url, query, { r: childRepresentations(children) }, await viaGateway(options.user)),
      );
    },
  };
}

/**
 * The same store commands for both answers, and the same documents written: the reads of
 * sensitive fields are one access record for the request, however many children it names.
 */
export function expectSameStoreCost(one: Measured, all: Measured): void {
  expect(one.result.errors).toBeUndefined();
  expect(all.result.errors).toBeUndefined();
  expect(one.counted.commands).toBeGreaterThan(0);
  expect(all.counted.byCommand).toEqual(one.counted.byCommand);
  expect(all.counted.commands).toBe(one.counted.commands);
  expect(all.counted.written).toBe(one.counted.written);
  expect(one.counted.byCommand['insert access_records']).toBe(1);
}

/**
 * Issue 13's test of one department: `entityPageCost` started for the file, then the same store
 * cost for 1 child as for 50, and `check` on the 50 children's answer (`_entities`, in `ids` order).
 */
export function describeEntityPageCost(
  title: string,
  options: EntityPageCostOptions,
  check: (entities: any[], ids: string[]) => void,
): void {
  describe(title, () => {
    const page = entityPageCost(options);
    beforeAll(() => page.start(), 120_000);
    afterAll(() => page.stop());

    it('costs as many store commands, and writes as many documents, for 50 children as for 1', async () => {
      const { one, all } = await page.measure();
      expectSameStoreCost(one, all);
      check(all.result.data._entities, page.ids);
    }, 60_000);
  });
}
