import { Global, Injectable, Module } from '@nestjs/common';

/** The time, as one injectable: tests move it instead of sleeping (rotating codes, windows). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
