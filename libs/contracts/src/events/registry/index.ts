import { ChildClassifiedV1 } from './child-classified';
import { ChildRegisteredV1 } from './child-registered';

export * from './child-registered';
export * from './child-classified';

/** Every event the registry produces. */
export const registryEvents = [ChildRegisteredV1, ChildClassifiedV1] as const;

export const RegistryTopics = {
  RegistryChildRegisteredV1: ChildRegisteredV1.topic,
  RegistryChildClassifiedV1: ChildClassifiedV1.topic,
} as const;
