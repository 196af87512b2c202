import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Kafka } from 'kafkajs';
import { KAFKA_CLIENT, MessagingRuntime } from '@qz/messaging/nest';

/** Ready when the broker answers and the consumer group has joined. */
@Injectable()
export class KafkaHealthIndicator {
  constructor(
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    private readonly runtime: MessagingRuntime,
    private readonly health: HealthIndicatorService,
  ) {}

  async isHealthy(key = 'kafka') {
    const indicator = this.health.check(key);
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (!this.runtime.ready)
        return indicator.down({ brokers: cluster.brokers.length, consumer: 'not joined yet' });
      return indicator.up({ brokers: cluster.brokers.length });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}
