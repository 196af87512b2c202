export * from './lease-settings';
export * from './document-lease';
