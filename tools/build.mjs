// Compiles apps/ and libs/ with SWC into dist/ (same tree), rewriting the @qz/* path aliases to
// relative paths, and copies the files the services read at run time. About a second on 2 cores.
import { transformFile } from '@swc/core';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const { swcOptions, root } = require('../swc.config.js');
const out = join(root, 'dist');

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts')) yield path;
  }
}

// The console (apps/console) is a browser app built by Vite (tools/build-console.mjs), not by SWC;
// its bundle is kept across builds while its sources are unchanged (a Vite build takes ~30 s).
const consoleOut = join(out, 'apps', 'console');
const keptConsole = join(root, 'tmp', 'console-build');
rmSync(keptConsole, { recursive: true, force: true });
if (existsSync(consoleOut)) {
  mkdirSync(dirname(keptConsole), { recursive: true });
  renameSync(consoleOut, keptConsole);
}
rmSync(out, { recursive: true, force: true });
if (existsSync(keptConsole)) {
  mkdirSync(dirname(consoleOut), { recursive: true });
  renameSync(keptConsole, consoleOut);
}
// tools/auth: the local demo users and `npm run auth:token` (run from dist/ like the other CLIs).
const files = [
  ...['apps', 'libs'].flatMap((top) =>
    readdirSync(join(root, top))
      .filter((project) => !(top === 'apps' && project === 'console'))
      .flatMap((project) => {
        const src = join(root, top, project, 'src');
        return existsSync(src) ? [...sources(src)] : [];
      }),
  ),
  ...sources(join(root, 'tools', 'auth')),
];
await Promise.all(
  files.map(async (file) => {
    const { code, map } = await transformFile(file, {
      ...swcOptions(),
      filename: file,
      sourceFileName: file,
    });
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${target}.map`, map);
  }),
);
for (const top of ['apps', 'libs']) {
  for (const project of readdirSync(join(root, top))) {
    const data = join(root, top, project, 'data');
    if (existsSync(data)) cpSync(data, join(out, top, project, 'data'), { recursive: true });
  }
}
// The printed schemas (the gateway reads schema/supergraph.graphql at start).
cpSync(join(root, 'schema'), join(out, 'schema'), { recursive: true });
console.log(`built ${files.length} files into ${relative(process.cwd(), out) || out}`);
await import('./build-console.mjs');
