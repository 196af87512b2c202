/* `npm run bench -- <name> [--flag value]…`: runs one benchmark of the system (README.md). */
import { parseFlags, type Flags } from './lib/cli';
import { child360 } from './child360';
import { consumer } from './consumer';
import { events } from './events';
import { importBench } from './import';
import { ledger } from './ledger';
import { drop, seed } from './seed';
import { running } from './lib/system';

const BENCHMARKS: Record<string, (flags: Flags) => Promise<void>> = {
  seed,
  child360,
  consumer,
  events,
  import: importBench,
  ledger,
  drop,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  const bench = name ? BENCHMARKS[name] : undefined;
  if (!bench)
    throw new Error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [--flag value]…`);
  await bench(parseFlags(rest));
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping the services it started\n`);
    void Promise.all([...running].map((stop) => stop())).finally(() => process.exit(130));
  });

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
