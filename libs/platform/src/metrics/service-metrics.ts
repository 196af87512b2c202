import type { MessagingObserver } from '@qz/messaging';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Seconds: from a 5 ms lookup to a 10 s bulk write. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * One service's Prometheus metrics (its own registry, so two services in one test process never
 * mix). Names are the dashboard's (deploy/k8s/dashboards/qz-services.json); every series carries
 * `service`.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  /** GraphQL requests by operation name and type, with their outcome (`ok` or `error`). */
  readonly requestDuration = new Histogram({
    name: 'qz_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  /** GraphQL errors by machine code (extensions.code), per operation. */
  readonly errors = new Counter({
    name: 'qz_graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['operation', 'code'] as const,
    registers: [this.registry],
  });

  /** Consumed events by topic and outcome, with the time from arrival to outcome. */
  readonly eventProcessing = new Histogram({
    name: 'qz_event_processing_duration_seconds',
    help: 'Time a consumed event takes, retries included, by topic and outcome',
    labelNames: ['topic', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly deadLetters = new Counter({
    name: 'qz_dead_letters_total',
    help: 'Events sent to the dead-letter topic, by the topic they came from',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  readonly published = new Counter({
    name: 'qz_events_published_total',
    help: 'Events the outbox relay published, by topic',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });

  /** Documents whose outbox still holds events not yet published, per collection (read at scrape). */
  readonly outboxBacklog = new Gauge({
    name: 'qz_outbox_backlog_documents',
    help: 'Documents with unpublished outbox events, by collection',
    labelNames: ['collection'] as const,
    registers: [this.registry],
    collect: async () => {
      for (const [collection, count] of Object.entries(await (this.backlogSource?.() ?? {}))) {
        this.outboxBacklog.set({ collection }, count);
      }
    },
  });

  private backlogSource?: () => Promise<Record<string, number>>;

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'qz_process_' });
  }

  /** Where the outbox backlog is counted, at each scrape. */
  countBacklogWith(source: () => Promise<Record<string, number>>): void {
    this.backlogSource = source;
  }

  /** The messaging library's hooks, feeding the event metrics. */
  readonly messagingObserver: MessagingObserver = {
    published: (topic, count) => this.published.inc({ topic }, count),
    consumed: (topic, outcome, seconds) => {
      this.eventProcessing.observe({ topic, outcome }, seconds);
      if (outcome === 'dead-lettered') this.deadLetters.inc({ topic });
    },
  };
}
