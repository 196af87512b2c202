import type { Type } from '@nestjs/common';
import { AccessRecordedV2, type Producer } from '@qz/contracts';
import { ConfigService } from '@nestjs/config';
import { MessagingModule } from '@qz/messaging/nest';
import { PersistenceModule } from '@qz/persistence';
import type { z } from 'zod';
import { subgraphConfigSchema } from '../config/service-config';
import { serviceConfigModule } from '../config/service-config.module';
import { SubgraphApiModule } from '../graphql/subgraph-graphql.module';
import { SubgraphHealthModule } from '../health/health.module';
import { ClockModule } from '../clock/clock.module';
import { AccessModule, ACCESS_RECORDS_COLLECTION, type AccessSpec } from '../access/access.module';
import { LoggingModule } from '../logging/logging.module';
import { MetricsModule } from '../metrics/metrics.module';
import { OutboxBacklogCollector } from '../metrics/outbox-backlog';
import { ServiceMetrics } from '../metrics/service-metrics';
import { PeriodicTasksModule } from '../schedule/periodic-tasks.module';
import { kafkaSecurity } from './kafka-security';

export interface SubgraphServiceSpec {
  /** Service name: logger name, Kafka client id and consumer group. */
  service: Producer;
  /** Who may do what: the policy table, and where a child named by id lives. */
  access: AccessSpec;
  /** Collections whose documents carry an outbox. */
  outboxCollections?: string[];
  /** Topics the service produces. */
  produces?: string[];
  /** The service's own settings, extending the shared subgraph settings. */
  configSchema?: z.ZodType;
  /** GraphQL types reachable only as federation entities. */
  orphanedTypes?: Type<unknown>[];
}

/**
 * What every subgraph service imports besides its features: validated configuration, structured
 * logs, its own database, the periodic-task runner, Kafka (outbox relay + consumer group), health checks, access control
 * (the gateway's identity, the policy table, region scoping, the access log), the GraphQL API and
 * its Prometheus metrics (`/metrics`).
 */
export function subgraphInfrastructure(spec: SubgraphServiceSpec) {
  const metrics = new ServiceMetrics(spec.service);
  return [
    MetricsModule.forService(metrics, [OutboxBacklogCollector]),
    serviceConfigModule(spec.configSchema ?? subgraphConfigSchema),
    LoggingModule.forService(spec.service),
    ClockModule,
    PersistenceModule.forRoot(),
    PeriodicTasksModule,
    MessagingModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => ({
        brokers: config.getOrThrow<string>('KAFKA_BROKERS').split(','),
        topicPrefix: config.get<string>('KAFKA_TOPIC_PREFIX'),
        clientId: spec.service,
        ...kafkaSecurity({
          KAFKA_SASL_MECHANISM: config.get('KAFKA_SASL_MECHANISM'),
          KAFKA_SASL_USERNAME: config.get<string>('KAFKA_SASL_USERNAME'),
          KAFKA_SASL_PASSWORD: config.get<string>('KAFKA_SASL_PASSWORD'),
          KAFKA_SASL_PASSWORD_FILE: config.get<string>('KAFKA_SASL_PASSWORD_FILE'),
          KAFKA_SSL_CA_FILE: config.get<string>('KAFKA_SSL_CA_FILE'),
        }),
        // The group carries the topic prefix (empty in production: the group is the service's
        // name). Runs with different prefixes on one broker would otherwise share one group with
        // different subscriptions, and kafkajs's round-robin assigner gives out only the topics
        // the leader subscribes to (tulios/kafkajs#1679): one run's events would go unread.
        groupId: `${config.get<string>('KAFKA_TOPIC_PREFIX') ?? ''}${spec.service}`,
        outboxCollections: [...(spec.outboxCollections ?? []), ACCESS_RECORDS_COLLECTION],
        produces: [...(spec.produces ?? []), AccessRecordedV2[spec.service].topic],
        observer: metrics.messagingObserver,
      }),
    }),
    SubgraphHealthModule,
    AccessModule.forRoot(spec.service, spec.access),
    SubgraphApiModule.forRoot(spec.orphanedTypes, metrics),
  ];
}
