export * from './repository/plain';
export * from './repository/base.repository';
export * from './persistence.module';
export * from './monitoring/store-commands';
