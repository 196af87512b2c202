/* Prints one subgraph's SDL to stdout: node -r @swc-node/register tools/schema/print-subgraph.cli.ts <service> */
import { printSubgraphSdl, SUBGRAPHS } from '@qz/schema-tools';
import { join } from 'node:path';

const name = process.argv[2];
if (!SUBGRAPHS.some((s) => s.name === name)) {
  process.stderr.write(`usage: print-subgraph <${SUBGRAPHS.map((s) => s.name).join('|')}>\n`);
  process.exit(2);
}
printSubgraphSdl(
  async () => (await import(join(__dirname, '..', '..', 'apps', name, 'src', 'app.module'))).AppModule,
).then(
  (sdl) => {
    process.stdout.write(sdl);
    process.exit(0);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
