export * from './schema/print-subgraph';
export * from './schema/compose';
