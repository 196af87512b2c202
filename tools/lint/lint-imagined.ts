import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface ImaginedFile {
  /** Where the file would be, relative to the repository's root. */
  file: string;
  code: string;
}

/** Lints each text with ESLint's API in one child process (its flat config is an ES module jest cannot load). */
const LINT_SCRIPT = `
  const { ESLint } = require('eslint');
  let input = '';
  process.stdin.on('data', (d) => (input += d));
  process.stdin.on('end', async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { file, code } of JSON.parse(input)) {
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
    }
    process.stdout.write(JSON.stringify(out));
  });`;

/**
 * Lints imagined files as the lint would (same config, same rules), in one ESLint run, and returns
 * for each the messages of the rule `ruleId`.
 */
export function lintErrors(ruleId: string, files: ImaginedFile[]): string[][] {
  const run = spawnSync(process.execPath, ['-e', LINT_SCRIPT], {
    cwd: root,
    input: JSON.stringify(files.map(({ file, code }) => ({ file: join(root, file), code }))),
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  const results = JSON.parse(run.stdout) as { ruleId: string; message: string }[][];
  return results.map((messages) => messages.filter((m) => m.ruleId === ruleId).map((m) => m.message));
}

/** The module-boundary rule reads Nx's project graph; this makes sure it exists. */
export function ensureProjectGraph(): void {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'nx', 'dist', 'bin', 'nx.js'), 'show', 'projects'],
    {
      cwd: root,
      env: { ...process.env, NX_DAEMON: 'false' },
      stdio: 'ignore',
    },
  );
}
