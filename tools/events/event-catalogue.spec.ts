import { eventCatalog, UNCONSUMED_TOPICS } from '@qz/contracts';
import { CONSUMES } from '../k8s/kafka-resources';
import { serviceConsumers } from './consumers';

/**
 * Every event has its consumers, or a written reason why none (issue 15). Consumers are found in
 * the services' code (their handlers, as the messaging runtime registers them); reasons are the
 * table in libs/contracts/src/events/unconsumed.ts.
 */
describe('the event catalogue: every topic is consumed or says why not', () => {
  const consumers = serviceConsumers();
  const consumedBy = (topic: string) =>
    Object.entries(consumers)
      .filter(([, topics]) => topics.includes(topic))
      .map(([service]) => service);

  it('finds the services’ handlers (the discovery reads what the runtime registers)', () => {
    expect(consumers.police).toContain('registry.child.found-living-alone.v1');
    expect(consumers.health).toContain('assistance.benefit.granted.v1');
    // libs/child-replica's handler counts for each service that keeps the copy
    for (const s of ['education', 'health', 'police', 'assistance'] as const)
      expect(consumers[s]).toContain('registry.child.merged.v1');
  });

  it.each(eventCatalog.map((c) => c.topic))('%s has a consumer or a written reason', (topic) => {
    const reason = UNCONSUMED_TOPICS[topic];
    if (consumedBy(topic).length) {
      expect({ topic, staleReason: reason }).toEqual({ topic, staleReason: undefined });
    } else {
      expect({ topic, reason: reason?.trim() || undefined }).toEqual({ topic, reason: expect.any(String) });
    }
  });

  it('lists reasons only for topics of the catalogue', () => {
    const topics = new Set(eventCatalog.map((c) => c.topic));
    expect(Object.keys(UNCONSUMED_TOPICS).filter((t) => !topics.has(t))).toEqual([]);
  });

  it('the Kafka users read exactly what the services consume (tools/k8s CONSUMES)', () => {
    const listed = Object.fromEntries(Object.entries(CONSUMES).map(([s, t]) => [s, [...t].sort()]));
    expect(listed).toEqual(consumers);
  });
});
