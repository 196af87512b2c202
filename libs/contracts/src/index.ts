export * from './envelope/envelope';
export * from './envelope/event-contract';
export * from './envelope/create-event';
export * from './events/registry/child-registered';
export * from './events/registry/child-classified';
export * from './events/catalog';
export * from './events/topics';
