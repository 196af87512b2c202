import { join } from 'node:path';
import { ensureLocalKeys } from './keys';

/**
 * `npm run auth:keys`: creates the local key pairs (the demo identity provider's and the
 * gateway's) under AUTH_KEYS_DIR (`.stack/keys`) where they are missing. Production keys come
 * from the identity provider's JWKS and the deployment's secret store, never from here.
 */
const dir = process.env.AUTH_KEYS_DIR ?? join(process.env.STACK_DIR ?? join(process.cwd(), '.stack'), 'keys');
const files = ensureLocalKeys(dir);
process.stdout.write(
  `local keys in ${dir}: ${Object.values(files)
    .map((f) => f.split('/').pop())
    .join(', ')}\n`,
);
