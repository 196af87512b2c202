import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two local key pairs: the demo identity provider's and the gateway's. */
export const LOCAL_KEY_FILES = {
  issuerPrivate: 'issuer.private.pem',
  issuerPublic: 'issuer.public.pem',
  gatewayPrivate: 'gateway.private.pem',
  gatewayPublic: 'gateway.public.pem',
} as const;

/** The issuer and audience of the local demo tokens. */
export const LOCAL_ISSUER = 'https://auth.qz.local';
export const LOCAL_AUDIENCE = 'qz-child-protection';

/** Creates the local Ed25519 key pairs in `dir` where they are missing; returns their paths. */
export function ensureLocalKeys(dir: string): Record<keyof typeof LOCAL_KEY_FILES, string> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  for (const who of ['issuer', 'gateway'] as const) {
    const priv = join(dir, `${who}.private.pem`);
    const pub = join(dir, `${who}.public.pem`);
    if (existsSync(priv) && existsSync(pub)) continue;
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    // Processes starting together (test workers) must agree on one pair: the public key is
    // written, atomically, only by the process whose exclusive create of the private key won.
    try {
      writeFileSync(priv, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      waitForFile(pub);
      continue;
    }
    writeFileSync(`${pub}.tmp-${process.pid}`, publicKey.export({ type: 'spki', format: 'pem' }));
    renameSync(`${pub}.tmp-${process.pid}`, pub);
  }
  return Object.fromEntries(
    Object.entries(LOCAL_KEY_FILES).map(([k, file]) => [k, join(dir, file)]),
  ) as Record<keyof typeof LOCAL_KEY_FILES, string>;
}

export const readPem = (path: string): string => readFileSync(path, 'utf8');

function waitForFile(path: string, timeoutMs = 5000): void {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) throw new Error(`${path} did not appear: remove the key folder and retry`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}
