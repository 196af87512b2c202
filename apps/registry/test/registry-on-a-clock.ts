import type { INestApplication } from '@nestjs/common';
import type { ManualClock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import {
  asUser,
  graphql as rawGraphql,
  startGateway,
  startInProcess,
  waitFor,
  type InProcessService,
  type ServiceProcess,
} from '@qz/testing';
import type { Identity } from '@qz/identity';
import { ClassificationService } from '../src/classification/classification.service';

/**
 * The registry in-process on a clock the test moves (its hourly sweep is called, not waited for:
 * CLASSIFICATION_SWEEP_MINUTES is a day), against the real store and broker, with every request
 * through a real gateway process.
 */
export interface RegistryOnAClock {
  svc: InProcessService;
  app: INestApplication;
  /** The gateway's /graphql. */
  url: string;
  /** A GraphQL request through the gateway, as `user`. */
  gql: (
    user: Identity,
    query: string,
    variables?: Record<string, unknown>,
  ) => ReturnType<typeof rawGraphql<any>>;
  /** Moves the clock to `instant` (when given) and runs the sweep; returns how many changed. */
  sweep: (instant?: string) => Promise<number>;
  /** Waits until the child's events have left its outbox (the relay published them to Kafka). */
  published: (childId: string) => Promise<void>;
  stop: () => Promise<void>;
}

export async function startRegistryOnAClock(
  clock: ManualClock,
  topicPrefix: string,
): Promise<RegistryOnAClock> {
  const svc = await startInProcess('registry', () => import('../src/app.module').then((m) => m.AppModule), {
    topicPrefix,
    env: { CLASSIFICATION_SWEEP_MINUTES: '1440' },
    overrides: [[CLOCK, clock]],
  });
  let gateway: ServiceProcess | undefined;
  try {
    gateway = await startGateway({ registry: svc.url });
  } catch (error) {
    await svc.stop();
    throw error;
  }
  const url = gateway.url;
  return {
    svc,
    app: svc.app,
    url,
    gql: async (user, query, variables = {}) => rawGraphql(url, query, variables, await asUser(user)),
    sweep: async (instant) => {
      if (instant) clock.set(instant);
      return svc.app.get(ClassificationService).sweep();
    },
    published: async (childId) => {
      const children = svc.db.collection('children');
      await waitFor(`child ${childId}'s events to be published`, async () => {
        const doc = await children.findOne({ _id: childId as never });
        return doc?.outboxPending === false && doc.outbox.length === 0;
      });
    },
    stop: async () => {
      await gateway?.stop();
      await svc.stop();
    },
  };
}
