export * from './repository/plain';
export * from './repository/base.repository';
export * from './persistence.module';
export * from './query-shapes/query-shape';
export * from './query-shapes/query-coverage';
export * from './query-shapes/query-recorder';
export * from './query-shapes/query-index-audit';
export * from './monitoring/store-commands';
