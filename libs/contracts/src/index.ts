export * from './envelope/envelope';
export * from './envelope/event-contract';
export * from './envelope/create-event';
export * from './events/registry';
export * from './events/assistance';
export * from './events/education';
export * from './events/catalog';
export * from './events/topics';
