import { ACCESS_ERRORS } from './access';
import { ASSISTANCE_ERRORS } from './assistance';
import { COMMON_ERRORS } from './common';
import { EDUCATION_ERRORS } from './education';
import type { ErrorEntry } from './entry';
import { HEALTH_ERRORS } from './health';
import { POLICE_ERRORS } from './police';
import { REGISTRY_ERRORS } from './registry';

export type { ErrorEntry } from './entry';

/** The catalogue's parts, by area; a code is in exactly one (a unit test checks). */
export const ERROR_CATALOGUE_PARTS = {
  common: COMMON_ERRORS,
  access: ACCESS_ERRORS,
  registry: REGISTRY_ERRORS,
  education: EDUCATION_ERRORS,
  health: HEALTH_ERRORS,
  police: POLICE_ERRORS,
  assistance: ASSISTANCE_ERRORS,
};

/**
 * Every error code the services answer with (`extensions.code`), each once, with its kind and its
 * Chinese and English messages. A DomainError takes only a code of this catalogue.
 */
export const ERROR_CATALOGUE = {
  ...COMMON_ERRORS,
  ...ACCESS_ERRORS,
  ...REGISTRY_ERRORS,
  ...EDUCATION_ERRORS,
  ...HEALTH_ERRORS,
  ...POLICE_ERRORS,
  ...ASSISTANCE_ERRORS,
};

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_CATALOGUE, code);

/** The catalogue's entry of a code. */
export const errorEntry = (code: ErrorCode): ErrorEntry => ERROR_CATALOGUE[code];
