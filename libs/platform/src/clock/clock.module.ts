import { Global, Module } from '@nestjs/common';
import { systemClock } from '@qz/kernel';

/** Injection token for the Clock; tests override it with a ManualClock. */
export const CLOCK = Symbol('CLOCK');

@Global()
@Module({ providers: [{ provide: CLOCK, useValue: systemClock }], exports: [CLOCK] })
export class ClockModule {}
