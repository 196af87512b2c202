import { Global, Module } from '@nestjs/common';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { PinoLogger } from 'nestjs-pino';
import { PeriodicTaskRunner } from './periodic-task-runner';

/** The service's PeriodicTaskRunner, on its own database (where the task leases live). */
@Global()
@Module({
  providers: [
    {
      provide: PeriodicTaskRunner,
      inject: [getConnectionToken(), PinoLogger],
      useFactory: (connection: Connection, logger: PinoLogger) => {
        logger.setContext('periodic-tasks');
        return new PeriodicTaskRunner(connection, logger);
      },
    },
  ],
  exports: [PeriodicTaskRunner],
})
export class PeriodicTasksModule {}
