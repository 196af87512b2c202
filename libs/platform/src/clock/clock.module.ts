import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { StartedAtClock, systemClock, type Clock } from '@qz/kernel';
import { ConfigurationError } from '../config/service-config';

/** Injection token for the Clock; tests override it with a ManualClock. */
export const CLOCK = Symbol('CLOCK');

/**
 * The service's clock: the system's, or with CLOCK_START one that starts at that instant and runs
 * on (tests and demos set on another day). Production refuses CLOCK_START: a deadline or an age
 * there must be the real one.
 */
export function configuredClock(nodeEnv: string | undefined, clockStart: string | undefined): Clock {
  if (!clockStart) return systemClock;
  if (nodeEnv === 'production')
    throw new ConfigurationError([
      'CLOCK_START must not be set with NODE_ENV=production (deadlines and ages run on the real date)',
    ]);
  return new StartedAtClock(clockStart);
}

@Global()
@Module({
  providers: [
    {
      provide: CLOCK,
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        configuredClock(config.get<string>('NODE_ENV'), config.get<string>('CLOCK_START')),
    },
  ],
  exports: [CLOCK],
})
export class ClockModule {}
