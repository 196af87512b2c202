import { DynamicModule, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { STORE_COMMAND_LOG, watchStoreCommands } from './monitoring/store-commands';
import { QUERY_SHAPES_FILE_SETTING, queryRecorderFor } from './query-shapes/query-recorder';

/**
 * The service's own database. MONGO_URL names the server (with `retryWrites=false` for FerretDB),
 * MONGO_DB the database, which no other service reads.
 */
@Module({})
export class PersistenceModule {
  /**
   * `autoIndex: false` for a command-line tool working on a running service's database: the
   * service creates the indexes (FerretDB 1.x was seen to hang on index creation racing another).
   */
  static forRoot({ autoIndex = true }: { autoIndex?: boolean } = {}): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        MongooseModule.forRootAsync({
          inject: [ConfigService],
          useFactory: (config: ConfigService) => {
            // Tests only: the shape of every query goes to this file (see query-recorder.ts).
            const shapesFile = config.get<string>(QUERY_SHAPES_FILE_SETTING);
            // Tests that count a request's store commands set STORE_COMMAND_LOG (see store-commands.ts).
            const counted = !!config.get<string>(STORE_COMMAND_LOG);
            const recordShapes = queryRecorderFor(shapesFile);
            return {
              uri: config.getOrThrow<string>('MONGO_URL'),
              dbName: config.getOrThrow<string>('MONGO_DB'),
              serverSelectionTimeoutMS: 5000,
              autoIndex,
              autoCreate: autoIndex,
              monitorCommands: Boolean(shapesFile) || counted,
              onConnectionCreate: (connection: Connection) => {
                recordShapes(connection);
                if (counted) watchStoreCommands(connection);
              },
            };
          },
        }),
      ],
      exports: [MongooseModule],
    };
  }
}
