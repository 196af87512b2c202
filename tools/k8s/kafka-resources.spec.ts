import { Topics } from '@qz/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaTopics, kafkaUsers, renderTopics, renderUsers, SERVICES } from './kafka-resources';

const dir = join(__dirname, '..', '..', 'deploy', 'k8s', 'base', 'kafka');

type Acl = { resource: { type: string; name: string; patternType: string }; operations: string[] };
const aclsOf = (name: string): Acl[] => {
  const users = kafkaUsers() as { metadata: { name: string }; spec: { authorization: { acls: Acl[] } } }[];
  const user = users.find((u) => u.metadata.name === name);
  if (!user) throw new Error(`no KafkaUser ${name}`);
  return user.spec.authorization.acls;
};

describe('Strimzi topics and users (deploy/k8s/base/kafka)', () => {
  it('the committed files are what the contracts give (run tools/k8s/kafka-resources.cli.ts)', () => {
    expect(readFileSync(join(dir, 'topics.yaml'), 'utf8')).toBe(renderTopics());
    expect(readFileSync(join(dir, 'users.yaml'), 'utf8')).toBe(renderUsers());
  });

  it('every topic of the contracts and every dead-letter topic is a KafkaTopic, replicated 3 times', () => {
    const topics = kafkaTopics() as { metadata: { name: string }; spec: { replicas: number } }[];
    const names = topics.map((t) => t.metadata.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(Topics)));
    expect(names).toEqual(expect.arrayContaining(SERVICES.map((s) => `dlq.${s}`)));
    expect(new Set(topics.map((t) => t.spec.replicas))).toEqual(new Set([3]));
  });

  it.each(SERVICES)(
    '%s writes only its own topics and its dead letters, reads as its own group',
    (service) => {
      const acls = aclsOf(service);
      const writes = acls.filter((a) => a.operations.includes('Write')).map((a) => a.resource);
      expect(writes).toEqual([
        { type: 'topic', name: `${service}.`, patternType: 'prefix' },
        { type: 'topic', name: `dlq.${service}`, patternType: 'literal' },
      ]);
      const reads = acls.filter((a) => a.operations.includes('Read'));
      for (const a of reads) {
        if (a.resource.type === 'group')
          expect(a.resource).toEqual({ type: 'group', name: service, patternType: 'literal' });
        else expect(Object.values(Topics)).toContain(a.resource.name);
      }
      expect(acls.some((a) => a.operations.includes('All') || a.resource.type === 'cluster')).toBe(false);
    },
  );

  it('the registry reads every access record topic; police reads the reports it takes', () => {
    const reads = (s: string) =>
      aclsOf(s)
        .filter((a) => a.resource.type === 'topic' && a.operations.includes('Read'))
        .map((a) => a.resource.name);
    expect(reads('registry')).toEqual(expect.arrayContaining(SERVICES.map((s) => `${s}.access.recorded.v2`)));
    expect(reads('police')).toEqual(
      expect.arrayContaining([
        Topics.RegistryGuardianshipEscalatedV1,
        Topics.EducationMandatoryReportRaisedV1,
      ]),
    );
  });
});
