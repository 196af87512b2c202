export * from './event-handler.decorator';
export * from './messaging.options';
export * from './messaging.tokens';
export * from './messaging.runtime';
export * from './messaging.module';
export * from './outbox-notifier.service';
