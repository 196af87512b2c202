/**
 * `consumer`: how fast one department applies the registry's events, and what each costs the
 * machine. For each service named, a process of its own (database `bench_consumer_<service>`,
 * topics of its own) is sent `--events` registrations at once, then as many classifications of
 * the same children (half left-behind, half seriously ill: the ones that raise proposals), straight
 * onto its topics as the registry's relay would publish them. Per phase: events applied per second
 * (first sent → last applied in the service's database) and the CPU milliseconds per event of the
 * service, FerretDB and PostgreSQL (their processes' user + system time over the phase; the
 * store is one of the benchmark's own, started with the stack's script, so no other work on the
 * machine is counted in it). CPU per
 * event does not depend much on what else the machine runs, so it is the figure to compare
 * between runs; the rate is the one to hold against the target (≥ 100 events/s).
 */
import {
  ChildClassifiedV1,
  ChildRegisteredV1,
  createEvent,
  toKafkaMessage,
  type EventContract,
} from '@qz/contracts';
import {
  aRegistrationOf,
  aSeriousIllnessClassificationOf,
  DedicatedStore,
  ServiceProcess,
  stackSettings,
} from '@qz/testing';
import { Kafka, logLevel } from 'kafkajs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { freePort } from '@qz/testing';
import { numberFlag, printResult, progress, type Flags } from './lib/cli';
import { createConnection } from 'mongoose';
import { join } from 'node:path';
import { DEPARTMENTS, running, VILLAGES, waitUntil } from './lib/system';

const TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

/** User + system CPU seconds of the processes, from /proc (0 for one that is gone). */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]); // utime, stime, cutime, cstime
    } catch {
      // ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

const pidsOf = (pattern: string): number[] => {
  try {
    return execFileSync('pgrep', ['-f', pattern], { encoding: 'utf8' }).trim().split('\n').map(Number);
  } catch {
    return [];
  }
};

/** The postmaster and its children now (its reaped children's time is in its own cutime/cstime). */
const postgresOf = (postmaster: number): number[] =>
  [postmaster, ...pidsOf('^postgres: ')].filter((pid) => {
    if (pid === postmaster) return true;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
    } catch {
      return false;
    }
  });

interface OwnStore {
  mongoPort: string;
  postmaster: () => number;
}

interface Phase {
  events: number;
  seconds: number;
  perSecond: number;
  cpuMsPerEvent: { service: number; ferretdb: number; postgres: number; total: number };
}

async function measure(
  service: ServiceProcess,
  store: OwnStore,
  events: number,
  send: () => Promise<void>,
  done: () => Promise<boolean>,
): Promise<Phase> {
  const groups = {
    service: [service.pid ?? 0],
    ferretdb: pidsOf(`ferretdb -listen-addr 127.0.0.1:${store.mongoPort} `),
    postgres: postgresOf(store.postmaster()),
  };
  const before = Object.fromEntries(Object.entries(groups).map(([k, p]) => [k, cpuSeconds(p)]));
  const t = performance.now();
  await send();
  await waitUntil('the events to be applied', done, 1800, 250);
  const seconds = (performance.now() - t) / 1000;
  const after = {
    ...groups,
    postgres: [...new Set([...groups.postgres, ...postgresOf(store.postmaster())])],
  };
  const perEvent = (k: keyof typeof groups) =>
    Math.round(((cpuSeconds(after[k]) - before[k]) * 1000 * 100) / events) / 100;
  const cpu = {
    service: perEvent('service'),
    ferretdb: perEvent('ferretdb'),
    postgres: perEvent('postgres'),
  };
  return {
    events,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round(events / seconds),
    cpuMsPerEvent: { ...cpu, total: Math.round((cpu.service + cpu.ferretdb + cpu.postgres) * 100) / 100 },
  };
}

export async function consumer(flags: Flags): Promise<void> {
  const count = numberFlag(flags, 'events', 2000);
  const services = (flags['service'] ?? DEPARTMENTS.join(',')).split(',');
  const kafka = new Kafka({
    brokers: stackSettings().kafkaBrokers,
    clientId: 'bench-consumer',
    logLevel: logLevel.NOTHING,
  });
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  const own = new DedicatedStore();
  running.add(() => own.destroy());
  progress('starting a store of the benchmark’s own (FerretDB on PostgreSQL, as the stack runs it)');
  await own.start();
  const ownStore: OwnStore = {
    mongoPort: new URL(own.mongoUrl).port,
    postmaster: () => Number(readFileSync(join(own.dir, 'run', 'postgres.pid'), 'utf8').trim()),
  };
  const store = await createConnection(own.mongoUrl, { serverSelectionTimeoutMS: 10_000 }).asPromise();
  const results: Record<string, { registered: Phase; classified: Phase }> = {};
  try {
    for (const name of services) {
      const dbName = `bench_consumer_${name}`;
      await store.useDb(dbName).dropDatabase();
      const prefix = `bench-consumer-${randomUUID().slice(0, 8)}.`;
      const service = new ServiceProcess(name, await freePort(), {
        MONGO_URL: own.mongoUrl,
        MONGO_DB: dbName,
        KAFKA_TOPIC_PREFIX: prefix,
      });
      const stop = () => service.stop();
      running.add(stop);
      try {
        progress(`${name}: starting`);
        await service.start('/health/ready', 120_000);
        const replicas = store.useDb(dbName).collection('child_replicas');
        const children = Array.from({ length: count }, (_, i) => ({
          id: randomUUID(),
          village: VILLAGES[i % VILLAGES.length],
        }));
        const publish = async <P>(contract: EventContract<P>, payloadOf: (i: number) => P) => {
          for (let from = 0; from < count; from += 500) {
            const messages = children.slice(from, from + 500).map((c, j) =>
              toKafkaMessage(
                createEvent(contract, {
                  subject: c.id,
                  regionCode: c.village,
                  actor: { kind: 'system', id: 'bench' },
                  payload: payloadOf(from + j),
                }) as never,
              ),
            );
            await producer.send({ topic: `${prefix}${contract.topic}`, acks: -1, messages });
          }
        };
        progress(`${name}: ${count} registrations`);
        const registered = await measure(
          service,
          ownStore,
          count,
          () =>
            publish(ChildRegisteredV1, (i) =>
              aRegistrationOf(children[i].id, { regionCode: children[i].village, birthDate: '2015-06-01' }),
            ),
          async () => (await replicas.countDocuments({ familyName: { $exists: true } })) >= count,
        );
        progress(`${name}: ${count} classifications`);
        const classified = await measure(
          service,
          ownStore,
          count,
          () =>
            publish(ChildClassifiedV1, (i) =>
              i % 2
                ? aSeriousIllnessClassificationOf(children[i].id)
                : aSeriousIllnessClassificationOf(children[i].id, {
                    categories: ['LEFT_BEHIND'],
                    added: ['LEFT_BEHIND'],
                    leftBehind: true,
                    inDifficulty: false,
                    reason: '父母均外出务工',
                  }),
            ),
          async () => (await replicas.countDocuments({ categoriesEventId: { $ne: null } })) >= count,
        );
        results[name] = { registered, classified };
        progress(`${name}: ${JSON.stringify(results[name])}`);
      } finally {
        running.delete(stop);
        await service.stop();
        await store
          .useDb(dbName)
          .dropDatabase()
          .catch(() => undefined);
      }
    }
  } finally {
    await producer.disconnect();
    await store.close();
    await own.destroy();
  }
  printResult('consumer', { events: count, services }, { results });
}
