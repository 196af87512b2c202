import {
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  ResourcePatternTypes,
  type AclEntry,
} from 'kafkajs';
import { allTopics, kafkaUsers } from './kafka-resources';

/**
 * The local stack's Kafka users and ACLs (issue 16 §3, `KAFKA_SASL=on`), the same as the cluster's
 * KafkaUser resources (kafka-resources.ts): each service writes only its own topics and reads what
 * it consumes, in its own group. A topic prefix (a test run's own, KAFKA_TOPIC_PREFIX) goes in
 * front of every topic and group name, as the services put it in front of theirs.
 */
type StrimziAcl = {
  resource: { type: string; name: string; patternType: string };
  operations: string[];
};
type StrimziUser = { metadata: { name: string }; spec: { authorization: { acls: StrimziAcl[] } } };

/** The users whose passwords the stack makes (the admin is the stack's own). */
export const localKafkaUsers = (): string[] => (kafkaUsers() as StrimziUser[]).map((u) => u.metadata.name);

const OPERATION: Record<string, AclOperationTypes> = {
  Read: AclOperationTypes.READ,
  Write: AclOperationTypes.WRITE,
  Describe: AclOperationTypes.DESCRIBE,
  Create: AclOperationTypes.CREATE,
};

/** Every ACL of every user, for kafkajs's createAcls, with `prefix` in front of each name. */
export function localKafkaAcls(prefix = ''): AclEntry[] {
  return (kafkaUsers() as StrimziUser[]).flatMap((user) =>
    user.spec.authorization.acls.flatMap(({ resource, operations }) =>
      operations.map((op) => {
        const operation = OPERATION[op];
        if (operation === undefined) throw new Error(`no kafkajs operation for ${op}`);
        return {
          resourceType: resource.type === 'group' ? AclResourceTypes.GROUP : AclResourceTypes.TOPIC,
          resourceName: `${prefix}${resource.name}`,
          resourcePatternType:
            resource.patternType === 'prefix' ? ResourcePatternTypes.PREFIXED : ResourcePatternTypes.LITERAL,
          principal: `User:${user.metadata.name}`,
          host: '*',
          operation,
          permissionType: AclPermissionTypes.ALLOW,
        };
      }),
    ),
  );
}

/** Every topic, made by the admin: a service may not create the topics of others it consumes. */
export const localKafkaTopics = (prefix = ''): string[] => allTopics().map((t) => `${prefix}${t}`);
