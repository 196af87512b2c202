import {
  Inject,
  Injectable,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import type { EventContract } from '@qz/contracts';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { PinoLogger } from 'nestjs-pino';
import { defaultConsumerRetry, EventConsumer } from '../consumer/event-consumer';
import { ensureTopics } from '../kafka/ensure-topics';
import { settleWriteLeases } from '../lease/document-lease';
import { EventProducer } from '../kafka/event-producer';
import { backoffMs, sleep } from '../kafka/messaging-options';
import { defaultRelayOptions, OutboxRelay } from '../outbox/outbox-relay';
import { EVENT_BATCH_HANDLER_METADATA, EVENT_HANDLER_METADATA } from './event-handler.decorator';
import type { MessagingModuleOptions } from './messaging.options';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';

/**
 * Starts the outbox relay and the consumer group when the application starts, and stops them
 * (committing consumed offsets) before the database connection closes. Kafka being down at start
 * does not stop the service: it keeps trying in the background and reports not-ready meanwhile.
 */
@Injectable()
export class MessagingRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly producer: EventProducer;
  readonly relay: OutboxRelay;
  readonly consumer: EventConsumer;
  private started: Promise<void> | null = null;
  private stopping = false;
  private consumerReady = false;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingModuleOptions,
    @Inject(KAFKA_CLIENT) private readonly kafka: Kafka,
    @Inject(getConnectionToken()) private readonly connection: Connection,
    private readonly logger: PinoLogger,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {
    logger.setContext('messaging');
    this.producer = new EventProducer(kafka, options);
    this.relay = new OutboxRelay(this.producer, logger, { ...defaultRelayOptions, ...options.relay });
    for (const name of options.outboxCollections) this.relay.addSource(connection.collection(name));
    this.consumer = new EventConsumer(
      kafka,
      options,
      this.producer,
      {
        ...defaultConsumerRetry,
        ...options.consumer,
        groupId: options.groupId,
        inbox: connection.collection('inbox'),
      },
      logger,
    );
  }

  onApplicationBootstrap(): void {
    this.registerHandlers();
    this.relay.start();
    this.started = this.startConsumer();
  }

  /** Resolves once topics exist and the consumer group has joined. */
  async whenReady(): Promise<void> {
    await this.started;
  }

  get ready(): boolean {
    return this.consumerReady;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.started?.catch(() => undefined);
    await this.consumer.stop().catch((err) => this.logger.warn({ err }, 'consumer did not stop cleanly'));
    await this.relay.stop();
    await this.producer.disconnect();
    // Write leases released in the background reach the store before its connection closes.
    await settleWriteLeases();
  }

  private registerHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const method of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance))) {
        const fn = instance[method] as (...args: unknown[]) => Promise<void>;
        const contract = this.reflector.get<EventContract<unknown>>(EVENT_HANDLER_METADATA, fn);
        if (contract) this.consumer.on(contract, (event, ctx) => fn.call(instance, event, ctx));
        const batch = this.reflector.get<EventContract<unknown>>(EVENT_BATCH_HANDLER_METADATA, fn);
        if (batch) this.consumer.onBatch(batch, (events, ctx) => fn.call(instance, events, ctx));
      }
    }
  }

  private async startConsumer(): Promise<void> {
    const topics = [...this.options.produces, ...this.consumer.topics, this.consumer.deadLetterTopic];
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        await ensureTopics(this.kafka, this.options, topics);
        await this.consumer.start();
        this.consumerReady = true;
        this.logger.info({ group: this.options.groupId, topics: this.consumer.topics }, 'messaging started');
        return;
      } catch (err) {
        await this.consumer.stop().catch(() => undefined);
        this.logger.warn({ err, attempt }, 'Kafka not reachable yet; retrying');
        await sleep(backoffMs(attempt, 500, 10_000));
      }
    }
  }
}
