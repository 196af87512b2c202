import { Injectable } from '@nestjs/common';
import { MessagingRuntime } from './messaging.runtime';

/** What repositories inject to wake the relay after writing events. */
@Injectable()
export class OutboxNotifierService {
  constructor(private readonly runtime: MessagingRuntime) {}

  notify(): void {
    this.runtime.relay.notify();
  }
}
