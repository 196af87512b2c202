export * from './errors/domain-error';
export * from './errors/catalogue';
export * from './time/clock';
export * from './time/local-date';
export * from './time/period';
export * from './identity/resident-id-number';
