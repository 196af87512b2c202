import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { OUTBOX_PENDING_FIELD } from '@qz/messaging';
import { MESSAGING_OPTIONS } from '@qz/messaging/nest';
import type { Connection } from 'mongoose';
import { ServiceMetrics } from './service-metrics';

/** Counts, at each scrape, the documents whose outbox is pending (the relay's own equality filter). */
@Injectable()
export class OutboxBacklogCollector implements OnModuleInit {
  constructor(
    private readonly metrics: ServiceMetrics,
    @InjectConnection() private readonly connection: Connection,
    @Inject(MESSAGING_OPTIONS) private readonly options: { outboxCollections: string[] },
  ) {}

  onModuleInit(): void {
    this.metrics.countBacklogWith(async () => {
      const counts: Record<string, number> = {};
      for (const name of this.options.outboxCollections) {
        counts[name] = await this.connection
          .collection(name)
          .countDocuments({ [OUTBOX_PENDING_FIELD]: true });
      }
      return counts;
    });
  }
}
