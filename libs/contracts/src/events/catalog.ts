import type { EventContract } from '../envelope/event-contract';
import { ChildClassifiedV1 } from './registry/child-classified';
import { ChildRegisteredV1 } from './registry/child-registered';

/** Every event contract, one entry per topic. Add a new event here and in `topics.ts`. */
export const eventCatalog: readonly EventContract<unknown>[] = [ChildRegisteredV1, ChildClassifiedV1];

export function contractForTopic(topic: string): EventContract<unknown> | undefined {
  return eventCatalog.find((c) => c.topic === topic);
}
