import {
  Module,
  Optional,
  type MiddlewareConsumer,
  type NestModule,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { GatewayIdentityMiddleware } from '@qz/platform';
import { MongooseModule } from '@nestjs/mongoose';
import { MessagingRuntime } from '@qz/messaging/nest';
import { ChildrenModule } from '../children/children.module';
import { RegionsModule } from '../regions/regions.module';
import { ChildImportService } from './child-import.service';
import { ImportJobRepository } from './import-job.repository';
import {
  ImportJobDocument,
  ImportJobSchema,
  ImportRowErrorDocument,
  ImportRowErrorSchema,
} from './import-job.schema';
import { IMPORT_OUTBOX_COLLECTION, ImportedChildWriter } from './import-outbox';
import { IMPORT_SETTINGS, importSettingsFrom } from './import-path';
import { ImportReportController } from './import-report.controller';
import { ImportResolver } from './import.resolver';

/** Set by the command line: indexes are the running service's business, not the tool's. */
export const IMPORT_FROM_CLI = { active: false };

const importCore = {
  imports: [
    ChildrenModule,
    RegionsModule,
    MongooseModule.forFeature([
      { name: ImportJobDocument.name, schema: ImportJobSchema },
      { name: ImportRowErrorDocument.name, schema: ImportRowErrorSchema },
    ]),
  ],
  providers: [ChildImportService, ImportJobRepository, ImportedChildWriter],
};

/**
 * Bulk import of a county's ledger without the graph: what the command line runs. The events of
 * imported children wait in their batch's outbox document for the service's relay.
 */
@Module({ ...importCore, exports: [ChildImportService, ImportJobRepository, ImportedChildWriter] })
export class ImportCoreModule implements OnApplicationBootstrap {
  constructor(private readonly writer: ImportedChildWriter) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!IMPORT_FROM_CLI.active) await this.writer.ensureIndexes();
    await this.writer.recover();
    await this.writer.removePublished();
  }
}

/** Bulk import in the service: the GraphQL mutation and query, the error report download. */
@Module({
  imports: [ImportCoreModule],
  providers: [
    ImportResolver,
    { provide: IMPORT_SETTINGS, useFactory: () => importSettingsFrom(process.env) },
  ],
  controllers: [ImportReportController],
})
export class ImportModule implements NestModule {
  constructor(writer: ImportedChildWriter, @Optional() runtime?: MessagingRuntime) {
    // The batches' outbox documents are published by the service's relay, like the children's.
    if (runtime) {
      runtime.relay.addSource(writer.outboxCollection);
      writer.relayInProcess = true;
      writer.notifyRelay = () => runtime.relay.notify(IMPORT_OUTBOX_COLLECTION);
    }
  }

  /** The error report quotes the ledger's rows: only requests through the gateway, as for /graphql. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GatewayIdentityMiddleware).forRoutes(ImportReportController);
  }
}
