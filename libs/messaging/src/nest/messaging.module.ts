import { DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PinoLogger } from 'nestjs-pino';
import { createKafka } from '../kafka/kafka-client';
import type { MessagingModuleOptions } from './messaging.options';
import { MessagingRuntime } from './messaging.runtime';
import { KAFKA_CLIENT, MESSAGING_OPTIONS } from './messaging.tokens';
import { OutboxNotifierService } from './outbox-notifier.service';

export interface MessagingModuleAsyncOptions extends Pick<ModuleMetadata, 'imports'> {
  inject?: any[];
  useFactory: (...args: any[]) => MessagingModuleOptions | Promise<MessagingModuleOptions>;
}

/** Kafka for a NestJS service: outbox relay, consumer group with @EventHandler methods, health. */
@Module({})
export class MessagingModule {
  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule, ...(options.imports ?? [])],
      providers: [
        { provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory },
        {
          provide: KAFKA_CLIENT,
          inject: [MESSAGING_OPTIONS, PinoLogger],
          useFactory: (o: MessagingModuleOptions, logger: PinoLogger) => createKafka(o, logger),
        },
        MessagingRuntime,
        OutboxNotifierService,
      ],
      exports: [MessagingRuntime, OutboxNotifierService, KAFKA_CLIENT, MESSAGING_OPTIONS],
    };
  }
}
