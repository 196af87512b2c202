/** Flags of `npm run bench -- <name> [--flag value]…`, and the one JSON line each benchmark prints. */
import { cpus, totalmem } from 'node:os';

export type Flags = Record<string, string>;

/** `--size 1000 --duration 5` → { size: '1000', duration: '5' }; a bare `--keep` is 'true'. */
export function parseFlags(argv: string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (flags are --name value)`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = 'true';
  }
  return flags;
}

/** A positive number flag, or its default; anything else stops the run naming the flag. */
export function numberFlag(flags: Flags, name: string, fallback: number): number {
  if (flags[name] === undefined) return fallback;
  const value = Number(flags[name]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);
  return value;
}

/** The settings every result line carries, so that figures are never read without them. */
export function machine() {
  return {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
      node: process.version,
    },
  };
}

/** Prints the benchmark's one result line (stdout); progress goes to stderr. */
export function printResult(bench: string, settings: object, figures: object): void {
  process.stdout.write(`${JSON.stringify({ bench, ...machine(), settings, ...figures })}\n`);
}

export const progress = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};
