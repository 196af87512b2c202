import { localDateInChina } from '@qz/kernel';
import {
  aChild,
  connectTestDatabase,
  freePort,
  graphql,
  residentIdFor,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  WaitAborted,
  waitFor,
} from '@qz/testing';
import type { Connection } from 'mongoose';
import { addDays, isWorkingDay } from '../src/common/dates';

/**
 * The gateway, the registry and education as they run (processes from dist/), against the real
 * broker and store, each test file with its own databases and topic prefix.
 */
export class EducationStack {
  readonly run = uniqueName('edu');
  readonly topicPrefix = uniqueTopicPrefix();
  registry!: ServiceProcess;
  education!: ServiceProcess;
  gateway!: ServiceProcess;
  db!: Connection;

  async start(educationEnv: Record<string, string> = {}): Promise<void> {
    const common = { KAFKA_TOPIC_PREFIX: this.topicPrefix };
    this.registry = new ServiceProcess('registry', await freePort(), {
      ...common,
      MONGO_DB: `${this.run}_registry`,
    });
    this.education = new ServiceProcess('education', await freePort(), {
      ...common,
      MONGO_DB: `${this.run}_education`,
      ...educationEnv,
    });
    await Promise.all([this.registry.start(), this.education.start()]);
    this.gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: this.registry.url,
      SUBGRAPH_EDUCATION_URL: this.education.url,
    });
    await this.gateway.start('/health/live');
    this.db = await connectTestDatabase(`${this.run}_education`);
  }

  async stop(): Promise<void> {
    await this.gateway?.stop();
    await Promise.all([this.registry?.stop(), this.education?.stop()]);
    if (this.db) {
      await this.db.dropDatabase().catch(() => undefined);
      await this.db
        .useDb(`${this.run}_registry`)
        .dropDatabase()
        .catch(() => undefined);
      await this.db.close();
    }
  }

  gql(query: string, variables: Record<string, unknown> = {}) {
    return graphql(this.gateway.url, query, variables);
  }

  /** Registers a child, records its circumstances, and waits until education knows its categories. */
  async child(
    birthDate: string,
    circumstances: Record<string, unknown> | null,
    names: { familyName: string; givenName: string },
    expectedCategories: string[] = [],
  ): Promise<string> {
    const input = aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE'), ...names });
    const res = await this.gql(
      `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
      {
        input,
      },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const id = res.data.registerChild.id as string;
    if (circumstances) {
      const c = await this.gql(
        `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
        { input: { childId: id, ...circumstances } },
      );
      if (c.errors) throw new Error(JSON.stringify(c.errors));
    }
    try {
      await waitFor(
        `education to know child ${id} with categories ${expectedCategories.join(',')}`,
        async () => {
          const r = await this.gql(
            `query ($id: ID!) { child(id: $id) { education { registryCategories } } }`,
            {
              id,
            },
          );
          if (r.errors) throw new WaitAborted(JSON.stringify(r.errors));
          const known = r.data?.child?.education?.registryCategories as string[] | undefined;
          return known && [...known].sort().join() === [...expectedCategories].sort().join();
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      );
    } catch (error) {
      throw new Error(
        `${String(error)}\n--- education ---\n${this.education.logs.slice(-3000)}\n--- registry ---\n${this.registry.logs.slice(-2000)}`,
      );
    }
    return id;
  }
}

/** Today in Qinzhou, and a date `n` days before it. */
export const today = () => localDateInChina(new Date());
export const daysAgo = (n: number) => addDays(today(), -n);

/** `count` consecutive working days, the last of them at least `atLeastDaysAgo` days ago. */
export function workingDaysEndingBefore(atLeastDaysAgo: number, count: number): string[] {
  let d = daysAgo(atLeastDaysAgo);
  while (!isWorkingDay(d)) d = addDays(d, -1);
  const out = [d];
  while (out.length < count) {
    d = addDays(d, -1);
    if (isWorkingDay(d)) out.unshift(d);
  }
  return out;
}
