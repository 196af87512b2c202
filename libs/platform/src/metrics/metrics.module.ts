import { type DynamicModule, Module, type Provider } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { ServiceMetrics } from './service-metrics';

/** `/metrics` and the service's ServiceMetrics, injectable everywhere in the service. */
@Module({})
export class MetricsModule {
  /** `collectors`: providers that feed metrics read at scrape (e.g. OutboxBacklogCollector). */
  static forService(metrics: ServiceMetrics, collectors: Provider[] = []): DynamicModule {
    return {
      module: MetricsModule,
      global: true,
      controllers: [MetricsController],
      providers: [{ provide: ServiceMetrics, useValue: metrics }, ...collectors],
      exports: [ServiceMetrics],
    };
  }
}
