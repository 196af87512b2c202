// Builds the staff console (apps/console) with Vite into dist/apps/console, unless the bundle there
// was built from the same sources (a stamp of their contents). `node tools/build-console.mjs --force`
// builds it anyway.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const app = join(root, 'apps', 'console');
const out = join(root, 'dist', 'apps', 'console');
const stampFile = join(out, '.sources-stamp');

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const hash = createHash('sha256');
for (const file of [
  ...files(join(app, 'src')),
  join(app, 'index.html'),
  join(app, 'vite.config.mts'),
  join(root, 'package-lock.json'),
]) {
  if (file.endsWith('.spec.ts')) continue;
  hash.update(relative(root, file)).update('\0').update(readFileSync(file));
}
const stamp = hash.digest('hex');

if (!process.argv.includes('--force') && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
  console.log('console unchanged: dist/apps/console kept');
} else {
  const { build } = await import('vite');
  const started = Date.now();
  await build({ configFile: join(app, 'vite.config.mts') });
  writeFileSync(stampFile, stamp);
  console.log(`built the console into dist/apps/console in ${Math.round((Date.now() - started) / 1000)} s`);
}
