import { AccessTopics } from './access';
import { ApplicationPartTopics } from './application-part';
import { AssistanceTopics } from './assistance';
import { EducationTopics } from './education';
import { HealthTopics } from './health';
import { PlanItemTopics } from './plan-item';
import { PoliceTopics } from './police';
import { RegistryTopics } from './registry';

/** Topic names, all in the shape `<service>.<entity>.<verb>.v<N>`; no ad-hoc topic strings elsewhere. */
export const Topics = {
  ...RegistryTopics,
  ...AssistanceTopics,
  ...EducationTopics,
  ...HealthTopics,
  ...PoliceTopics,
  ...PlanItemTopics,
  ...ApplicationPartTopics,
  ...AccessTopics,
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];

/** Dead letters of one consumer group. */
export const deadLetterTopic = (consumerGroup: string): string => `dlq.${consumerGroup}`;
