import { DomainError } from '@qz/kernel';

export const unauthenticated = (why: string) =>
  new DomainError('UNAUTHENTICATED', `Sign in again: ${why}.`, 'forbidden');

export const forbidden = (what: string) =>
  new DomainError('FORBIDDEN', `Your role may not ${what}.`, 'forbidden', { kind: 'role' });

export const purposeRequired = (what: string) =>
  new DomainError(
    'PURPOSE_REQUIRED',
    `State why you need to ${what}: send the purpose in the x-access-purpose header.`,
    'forbidden',
  );

export const outOfRegion = (what: string) =>
  new DomainError('OUT_OF_REGION', `${what} lies outside the region you work in.`, 'forbidden');
