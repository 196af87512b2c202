import type { EventContract } from '../envelope/event-contract';
import { accessEvents } from './access';
import { applicationPartEvents } from './application-part';
import { assistanceEvents } from './assistance';
import { educationEvents } from './education';
import { healthEvents } from './health';
import { planItemEvents } from './plan-item';
import { policeEvents } from './police';
import { registryEvents } from './registry';

/**
 * Every event contract, one entry per topic. A producer lists its events in its own folder's
 * `index.ts`; add that list here and its topics in `topics.ts`.
 */
export const eventCatalog: readonly EventContract<unknown>[] = [
  ...registryEvents,
  ...assistanceEvents,
  ...educationEvents,
  ...healthEvents,
  ...policeEvents,
  ...planItemEvents,
  ...applicationPartEvents,
  ...accessEvents,
];

export function contractForTopic(topic: string): EventContract<unknown> | undefined {
  return eventCatalog.find((c) => c.topic === topic);
}
