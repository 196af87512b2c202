import { ChildClassifiedV1 } from './registry/child-classified';
import { ChildRegisteredV1 } from './registry/child-registered';

/** Topic names, all in the shape `<service>.<entity>.<verb>.v<N>`; no ad-hoc topic strings elsewhere. */
export const Topics = {
  RegistryChildRegisteredV1: ChildRegisteredV1.topic,
  RegistryChildClassifiedV1: ChildClassifiedV1.topic,
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/** Dead letters of one consumer group. */
export const deadLetterTopic = (consumerGroup: string): string => `dlq.${consumerGroup}`;
