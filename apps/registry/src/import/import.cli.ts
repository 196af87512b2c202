/* Imports a county's ledger file into the registry from the command line:
 *   npm run registry:import -- <file.csv|file.xlsx> [--report <errors.csv>]
 * with the registry's MONGO_URL and MONGO_DB. Prints progress to stderr and a JSON summary to
 * stdout; the error report goes to --report (default: <file>.errors.csv). Exit code 0 when the
 * file was read to the end (rows may have been refused), 1 when the import failed, 2 on bad use.
 * The registry service publishes the imported children's events when it runs. */
import 'reflect-metadata';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { OutboxNotifierService } from '@qz/messaging/nest';
import { ClockModule, LoggingModule, serviceConfigModule, subgraphConfigSchema } from '@qz/platform';
import { PersistenceModule } from '@qz/persistence';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, resolve } from 'node:path';
import { ChildImportService } from './child-import.service';
import { ImportJobRepository } from './import-job.repository';
import { IMPORT_FROM_CLI, ImportCoreModule } from './import.module';
import { csvCell } from './import-report.controller';
import { formatOf } from './ledger-reader';

/** No relay in this process: the service's relay finds the imported events by itself. */
@Global()
@Module({
  providers: [{ provide: OutboxNotifierService, useValue: { notify: () => undefined } }],
  exports: [OutboxNotifierService],
})
class NoRelayModule {}

@Module({
  imports: [
    serviceConfigModule(
      subgraphConfigSchema.omit({ PORT: true, KAFKA_BROKERS: true, KAFKA_TOPIC_PREFIX: true }),
    ),
    LoggingModule.forService('registry-import'),
    ClockModule,
    // The service owns the collections and their indexes; the tool only reads and inserts.
    PersistenceModule.forRoot({ autoIndex: false }),
    NoRelayModule,
    ImportCoreModule,
  ],
})
class ImportCliModule {}

async function main(argv: string[]): Promise<number> {
  const file = argv.find((a) => !a.startsWith('--'));
  const reportAt = argv.indexOf('--report');
  const format = file ? formatOf(file) : null;
  if (!file || !format || (reportAt >= 0 && !argv[reportAt + 1])) {
    process.stderr.write('usage: registry:import <file.csv|file.xlsx> [--report <errors.csv>]\n');
    return 2;
  }
  const report = reportAt >= 0 ? argv[reportAt + 1] : `${file}.errors.csv`;
  IMPORT_FROM_CLI.active = true;
  const app = await NestFactory.createApplicationContext(ImportCliModule, { bufferLogs: true });
  try {
    const job = await app
      .get(ChildImportService)
      .runToEnd(
        { path: resolve(file), format, fileName: basename(file) },
        { kind: 'system', id: 'registry:import-cli' },
        (c) => process.stderr.write(`rows ${c.rowsRead}  imported ${c.imported}  refused ${c.rejected}\n`),
      );
    const out = createWriteStream(report);
    out.write('\uFEFFrow,field,code,message\r\n');
    for await (const e of app.get(ImportJobRepository).streamErrors(job.id)) {
      if (!out.write(`${[e.row, e.field, e.code, e.message].map(csvCell).join(',')}\r\n`))
        await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    process.stdout.write(`${JSON.stringify({ ...job, errorReport: report })}\n`);
    return job.status === 'COMPLETED' ? 0 : 1;
  } finally {
    await app.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`registry:import failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
