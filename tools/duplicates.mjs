// Counts the repeated code in apps/ and libs/ (tests included) with jscpd 4, and fails when there
// are more clones than allowed: `npm run duplicates` (deploy/local/test.sh runs it before the tests).
// Lower MAX_CLONES as duplicates are removed; never raise it to let new ones in. The schemas printed
// from the code (npm run schema:update) live in schema/, outside what is counted: the types they
// share are counted where they are written, in libs/.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_CLONES = 2;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = mkdtempSync(join(tmpdir(), 'jscpd-'));
try {
  execFileSync(
    process.execPath,
    [
      join(root, 'node_modules', 'jscpd', 'bin', 'jscpd'),
      'apps',
      'libs',
      '--min-lines',
      '6',
      '--min-tokens',
      '40',
      '--mode',
      'weak',
      '--reporters',
      'json',
      '--output',
      out,
      '--silent',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const report = JSON.parse(readFileSync(join(out, 'jscpd-report.json'), 'utf8'));
  const clones = report.duplicates;
  if (process.argv.includes('--list')) {
    for (const d of clones) {
      const where = (f) => `${f.name}:${f.start}-${f.end}`;
      console.log(`${d.lines} lines  ${where(d.firstFile)}  ~  ${where(d.secondFile)}`);
    }
  }
  console.log(`${clones.length} clones (at most ${MAX_CLONES} allowed; --list names them)`);
  if (clones.length > MAX_CLONES) {
    console.error(`more repeated code than allowed: ${clones.length} > ${MAX_CLONES}`);
    process.exitCode = 1;
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
