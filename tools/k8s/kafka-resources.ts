import { Topics, deadLetterTopic, producerSchema, type Producer } from '@qz/contracts';
import { stringify } from 'yaml';

/** The Strimzi cluster the topics and users belong to (deploy/k8s/base/kafka/kafka.yaml). */
export const KAFKA_CLUSTER = 'qz-kafka';
export const SERVICES: readonly Producer[] = producerSchema.options;

/** The registry's child events, which libs/child-replica's handler takes for each department's copy. */
const CHILD_REPLICA: readonly string[] = [
  Topics.RegistryChildRegisteredV1,
  Topics.RegistryChildUpdatedV1,
  Topics.RegistryChildClassifiedV1,
  Topics.RegistryChildMergedV1,
];

/**
 * Topics each service reads (its `@EventHandler`s; libs/child-replica's handler counts for the
 * services that keep a copy of the registry's children). `<service>.*` it writes are its own.
 * tools/events/event-catalogue.spec.ts fails when this differs from the handlers in the code.
 */
export const CONSUMES: Record<Producer, readonly string[]> = {
  registry: [
    ...Object.values(Topics).filter((t) => /^[a-z]+\.access\.recorded\.v\d+$/.test(t)),
    Topics.PoliceAssessmentCompletedV1,
    Topics.PoliceGuardianshipRevokedV1,
    Topics.PoliceDispatchOverdueV1,
    Topics.HealthDisabilityCertificateRecordedV1,
    Topics.HealthDisabilityCertificateWithdrawnV1,
    Topics.PoliceTemporaryCareStartedV1,
    Topics.PoliceTemporaryCareEndedV1,
  ],
  education: [...CHILD_REPLICA, Topics.PolicePlanItemAssignedV1, Topics.AssistanceApplicationPartRoutedV1],
  health: [
    ...CHILD_REPLICA,
    Topics.AssistanceBenefitGrantedV1,
    Topics.AssistanceBenefitChangedV1,
    Topics.AssistanceBenefitSuspendedV1,
    Topics.AssistanceBenefitEndedV1,
    Topics.PolicePlanItemAssignedV1,
    Topics.AssistanceApplicationPartRoutedV1,
  ],
  police: [
    ...CHILD_REPLICA,
    Topics.RegistryGuardianshipEscalatedV1,
    Topics.RegistryChildFoundLivingAloneV1,
    Topics.RegistryVisitDangerFoundV1,
    Topics.EducationMandatoryReportRaisedV1,
    Topics.EducationPlanItemCompletedV1,
    Topics.HealthPlanItemCompletedV1,
    Topics.AssistancePlanItemCompletedV1,
  ],
  assistance: [
    ...CHILD_REPLICA,
    Topics.PolicePlanItemAssignedV1,
    Topics.HealthApplicationPartDecidedV1,
    Topics.EducationApplicationPartDecidedV1,
  ],
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Partitions and retention of a topic. Events are keyed by their subject (a child, a case), so
 * order per subject holds at any partition count; 6 partitions let each service's 2-6 replicas
 * share a topic. One access record per request makes the access topics the busiest (12).
 * Domain events are kept 90 days (a consumer that was down, or a new department's copy, can catch
 * up; the services' stores are the record); access records 30 days (the registry's access log is
 * their record); dead letters 180 days (a person looks at them, see docs/operations.md).
 */
export function topicSettings(topic: string): { partitions: number; retentionMs: number } {
  if (topic.startsWith('dlq.')) return { partitions: 1, retentionMs: 180 * DAY_MS };
  if (/\.access\.recorded\./.test(topic)) return { partitions: 12, retentionMs: 30 * DAY_MS };
  return { partitions: 6, retentionMs: 90 * DAY_MS };
}

export const allTopics = (): string[] => [
  ...Object.values(Topics).sort(),
  ...SERVICES.map((s) => deadLetterTopic(s)),
];

export function kafkaTopics(): object[] {
  return allTopics().map((topic) => {
    const { partitions, retentionMs } = topicSettings(topic);
    return {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'KafkaTopic',
      metadata: { name: topic, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } },
      spec: {
        partitions,
        replicas: 3,
        config: {
          'retention.ms': retentionMs,
          'min.insync.replicas': 2,
          'cleanup.policy': 'delete',
        },
      },
    };
  });
}

type Acl = { resource: { type: string; name: string; patternType: string }; operations: string[] };
const topicAcl = (name: string, patternType: string, operations: string[]): Acl => ({
  resource: { type: 'topic', name, patternType },
  operations,
});

/**
 * One SCRAM user per service: it writes only its own topics (`<service>.` and its dead letters),
 * reads what it consumes, in its own consumer group. The dead-letter tool's user reads dead
 * letters and sends them back to the topics they came from (a consumer's input).
 */
export function kafkaUsers(): object[] {
  const user = (name: string, acls: Acl[]) => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { name, labels: { 'strimzi.io/cluster': KAFKA_CLUSTER } },
    spec: {
      authentication: { type: 'scram-sha-512' },
      authorization: { type: 'simple', acls },
    },
  });
  const services = SERVICES.map((s) =>
    user(s, [
      topicAcl(`${s}.`, 'prefix', ['Write', 'Describe', 'Create']),
      topicAcl(deadLetterTopic(s), 'literal', ['Write', 'Describe', 'Create']),
      ...[...CONSUMES[s]].sort().map((t) => topicAcl(t, 'literal', ['Read', 'Describe'])),
      { resource: { type: 'group', name: s, patternType: 'literal' }, operations: ['Read'] },
    ]),
  );
  const consumed = [...new Set(Object.values(CONSUMES).flat())].sort();
  const deadLetters = user('dead-letters', [
    topicAcl('dlq.', 'prefix', ['Read', 'Describe']),
    ...consumed.map((t) => topicAcl(t, 'literal', ['Write', 'Describe'])),
    { resource: { type: 'group', name: 'dlq-reader-', patternType: 'prefix' }, operations: ['Read'] },
  ]);
  return [...services, deadLetters];
}

const HEADER = (what: string) =>
  `# ${what}, generated from libs/contracts by tools/k8s/kafka-resources.cli.ts; do not edit.\n` +
  `# A test (tools/k8s/kafka-resources.spec.ts) fails when this file and the contracts differ.\n`;

export const renderTopics = (): string =>
  HEADER('Every topic of the event contracts and each service’s dead letters') +
  kafkaTopics()
    .map((o) => stringify(o, { lineWidth: 0 }))
    .join('---\n');

export const renderUsers = (): string =>
  HEADER('The Kafka users (SCRAM-SHA-512) and their ACLs') +
  kafkaUsers()
    .map((o) => stringify(o, { lineWidth: 0 }))
    .join('---\n');
