import { AclOperationTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { localKafkaAcls, localKafkaTopics, localKafkaUsers } from './local-kafka-acls';

describe('the local stack’s Kafka users and ACLs (issue 16 §3, KAFKA_SASL=on)', () => {
  const of = (user: string, prefix = '') =>
    localKafkaAcls(prefix).filter((a) => a.principal === `User:${user}`);

  it('one user per service and the dead-letter tool, as in the cluster', () => {
    expect(localKafkaUsers().sort()).toEqual(
      ['assistance', 'dead-letters', 'education', 'health', 'police', 'registry'].sort(),
    );
  });

  it('a service writes only its own topics (by prefix) and its dead letters, and reads what it consumes', () => {
    const registry = of('registry');
    const writes = registry.filter((a) => a.operation === AclOperationTypes.WRITE);
    expect(writes.map((a) => [a.resourceName, a.resourcePatternType])).toEqual([
      ['registry.', ResourcePatternTypes.PREFIXED],
      ['dlq.registry', ResourcePatternTypes.LITERAL],
    ]);
    const reads = registry.filter((a) => a.operation === AclOperationTypes.READ);
    expect(reads.map((a) => a.resourceName)).toContain('police.assessment.completed.v1');
    expect(reads.map((a) => a.resourceName)).toContain('registry');
    expect(
      of('police').some(
        (a) => a.operation === AclOperationTypes.WRITE && a.resourceName.startsWith('registry.'),
      ),
    ).toBe(false);
  });

  it('a test run’s topic prefix goes in front of every topic and group', () => {
    const acls = of('education', 't42.');
    expect(acls.every((a) => a.resourceName.startsWith('t42.'))).toBe(true);
    expect(acls.find((a) => a.resourceType === AclResourceTypes.GROUP)?.resourceName).toBe('t42.education');
    expect(localKafkaTopics('t42.').every((t) => t.startsWith('t42.'))).toBe(true);
  });
});
