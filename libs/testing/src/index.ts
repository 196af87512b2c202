export * from './stack/stack';
export * from './builders/child.builder';
export * from './stack/service-process';
export * from './stack/dedicated-kafka';
export * from './stack/event-collector';
export * from './access/test-identities';
export * from './access/access-matrix';
export * from './access/every-operation';
