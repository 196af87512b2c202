import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { PeriodicTaskRunner } from '../schedule/periodic-task-runner';
import { AccessRecordWriter } from './access-record.writer';

/**
 * Every ACCESS_LEFTOVER_SWEEP_SECONDS, on one instance, publishes the access reservations of
 * changes that committed without their final record (issue 16, fail closed): a reservation older
 * than ACCESS_LEFTOVER_GRACE_SECONDS belongs to no change still running. A change that finishes
 * after its reservation was published writes its own record too (the log then has both: at least
 * once, never none).
 */
@Injectable()
export class LeftoverReservationsSweep {
  constructor(writer: AccessRecordWriter, config: ConfigService, tasks: PeriodicTaskRunner) {
    const graceMs = config.get<number>('ACCESS_LEFTOVER_GRACE_SECONDS', 300) * 1000;
    tasks.register(
      {
        name: 'access-leftover-reservations',
        intervalMs: config.get<number>('ACCESS_LEFTOVER_SWEEP_SECONDS', 60) * 1000,
        runAtStart: true,
        doneMessage: 'access reservations left by unfinished changes published',
      },
      ({ guard }) => writer.publishLeftovers(new Date(Date.now() - graceMs), guard),
    );
  }
}
