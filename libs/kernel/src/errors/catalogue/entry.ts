import type { DomainErrorKind } from '../domain-error';

/**
 * One error code of the catalogue: how a transport maps it (`kind`), and what a person reads —
 * `zh` for the staff console, `en` for API clients and logs — each saying what to do about it.
 * The message of an error as thrown adds the particulars (which record, which value).
 */
export interface ErrorEntry {
  kind: DomainErrorKind;
  zh: string;
  en: string;
}

/** A part of the catalogue (one area's codes), typed so that each entry is complete. */
export const errorCodes = <T extends Record<string, ErrorEntry>>(entries: T): T => entries;
