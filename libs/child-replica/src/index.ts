export * from './child-replica.schema';
export * from './child-replica.repository';
export * from './child-replica.module';
export * from './child-reference.model';
export * from './child-replica.reader';
export * from './region-reference.model';
