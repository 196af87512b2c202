import { DomainError, type ErrorCode } from '@qz/kernel';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { validateWith } from '@qz/platform';
import { formatOf, type LedgerFormat } from './ledger-reader';

/** Where ledger files the GraphQL mutation may read are put (IMPORT_DIR; default ./imports). */
export const importSettingsSchema = z.object({
  IMPORT_DIR: z.string().min(1).default('imports'),
});

export interface ImportSettings {
  /** Absolute path of the import directory. */
  dir: string;
}

export const IMPORT_SETTINGS = Symbol('IMPORT_SETTINGS');

export function importSettingsFrom(env: Record<string, unknown>): ImportSettings {
  return { dir: resolve(validateWith(importSettingsSchema)(env).IMPORT_DIR) };
}

const refuse = (code: ErrorCode, message: string) =>
  new DomainError(code, message, 'invalid', { field: 'input.path' });

/**
 * The file a client named, if it is a .csv or .xlsx file inside the import directory. Symbolic
 * links are followed before the check, so a link inside pointing outside is refused too.
 */
export async function resolveImportPath(
  dir: string,
  given: string,
): Promise<{ path: string; format: LedgerFormat }> {
  if (given.length > 1000 || given.includes('\0'))
    throw refuse('IMPORT_PATH_INVALID', 'input.path is not a file name');
  const format = formatOf(given);
  if (!format) throw refuse('IMPORT_FORMAT_UNSUPPORTED', 'input.path must name a .csv or .xlsx file');
  const root = await realpath(dir).catch(() => {
    throw refuse('IMPORT_DIR_MISSING', 'the import directory does not exist on the server');
  });
  const real = await realpath(resolve(root, given)).catch(() => {
    throw new DomainError(
      'IMPORT_FILE_NOT_FOUND',
      `input.path ${given} is not a file in the import directory`,
      'not_found',
      {
        field: 'input.path',
      },
    );
  });
  const rel = relative(root, real);
  if (!rel || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) {
    throw refuse('IMPORT_PATH_OUTSIDE', 'input.path must name a file inside the import directory');
  }
  if (!(await stat(real)).isFile()) throw refuse('IMPORT_PATH_INVALID', `input.path ${given} is not a file`);
  return { path: real, format };
}
