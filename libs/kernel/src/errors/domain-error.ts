/**
 * What went wrong, in the words the graph and the logs use. `kind` decides how a transport maps it
 * (GraphQL extensions, HTTP status); `code` is the stable machine code a client acts on.
 */
export type DomainErrorKind =
  'invalid' | 'not_found' | 'conflict' | 'precondition' | 'forbidden' | 'unavailable';

export interface DomainErrorDetails {
  /** The input field at fault, as the client named it (e.g. `input.residentIdNumber`). */
  field?: string;
  [key: string]: unknown;
}

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'invalid',
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
