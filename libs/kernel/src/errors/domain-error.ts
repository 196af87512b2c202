import { ERROR_CATALOGUE, type ErrorCode } from './catalogue';

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

/**
 * A refusal with a code of the catalogue (`ERROR_CATALOGUE`: each code once, with its kind and its
 * Chinese and English messages). `message` adds the particulars in English (which record, which
 * value); without it, the catalogue's. `kind` defaults to the catalogue's.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CATALOGUE[code].en,
    readonly kind: DomainErrorKind = ERROR_CATALOGUE[code].kind,
    readonly details: DomainErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** What staff read in the console (the catalogue's Chinese message of the code). */
  get messageZh(): string {
    return ERROR_CATALOGUE[this.code].zh;
  }
}

/** The error factory of the catalogue: a code, the field at fault and the details, and optionally the particulars. */
export const domainError = (code: ErrorCode, details: DomainErrorDetails = {}, message?: string) =>
  new DomainError(code, message ?? ERROR_CATALOGUE[code].en, ERROR_CATALOGUE[code].kind, details);

/** Bad input: the code, the input field at fault, and what to fix in it. */
export const invalidInput = (code: ErrorCode, field: string, message: string) =>
  new DomainError(code, message, 'invalid', { field });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
