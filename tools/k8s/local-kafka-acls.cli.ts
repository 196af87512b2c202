/**
 * The local stack's Kafka users (`users`: their names, one a line) or, as the stack's admin, its
 * topics and ACLs (`apply`), for deploy/local/stack.sh with KAFKA_SASL=on:
 *   node -r @swc-node/register tools/k8s/local-kafka-acls.cli.ts users
 *   KAFKA_BROKERS=… KAFKA_CREDENTIALS_DIR=… [KAFKA_TOPIC_PREFIX=…] node -r @swc-node/register tools/k8s/local-kafka-acls.cli.ts apply
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  Kafka,
  logLevel,
  ResourcePatternTypes,
  type Admin,
} from 'kafkajs';
import { localKafkaAcls, localKafkaTopics, localKafkaUsers } from './local-kafka-acls';

/**
 * The controller has the ACLs once createAcls answers; the broker's authorizer takes them from the
 * metadata log a moment later. Waits (at most 30 s) until the broker describes at least as many.
 */
async function aclsInForce(admin: Admin, count: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { resources } = await admin.describeAcls({
      resourceType: AclResourceTypes.ANY,
      resourcePatternType: ResourcePatternTypes.ANY,
      operation: AclOperationTypes.ANY,
      permissionType: AclPermissionTypes.ANY,
    });
    if (resources.reduce((n, r) => n + r.acls.length, 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`the broker does not have the ${count} ACLs after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function apply(): Promise<void> {
  const dir = process.env['KAFKA_CREDENTIALS_DIR'];
  const brokers = process.env['KAFKA_BROKERS'];
  if (!dir || !brokers) throw new Error('KAFKA_CREDENTIALS_DIR and KAFKA_BROKERS are needed');
  const prefix = process.env['KAFKA_TOPIC_PREFIX'] ?? '';
  const password = readFileSync(join(dir, 'admin'), 'utf8').trim();
  const admin = new Kafka({
    clientId: 'stack-acls',
    brokers: brokers.split(','),
    sasl: { mechanism: 'scram-sha-512', username: 'admin', password },
    logLevel: logLevel.NOTHING,
  }).admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const topics = localKafkaTopics(prefix).filter((t) => !existing.has(t));
    if (topics.length)
      await admin.createTopics({ topics: topics.map((topic) => ({ topic })), waitForLeaders: true });
    const acl = localKafkaAcls(prefix);
    await admin.createAcls({ acl });
    await aclsInForce(admin, acl.length);
    process.stdout.write(
      `kafka: ${topics.length} topics created, ${acl.length} ACLs applied (prefix "${prefix}")\n`,
    );
  } finally {
    await admin.disconnect();
  }
}

const command = process.argv[2];
if (command === 'users') process.stdout.write(`${localKafkaUsers().join('\n')}\n`);
else if (command === 'apply')
  apply().catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
else {
  process.stderr.write('usage: local-kafka-acls.cli.ts users|apply\n');
  process.exit(2);
}
