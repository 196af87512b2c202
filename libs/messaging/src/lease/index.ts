export * from './lease-settings';
export * from './document-lease';
export * from './task-lease';
