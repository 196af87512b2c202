import { Controller, Get, Header } from '@nestjs/common';
import { ServiceMetrics } from './service-metrics';

/** GET /metrics in Prometheus' text format. Reached from the monitoring namespace only (NetworkPolicy). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get()
  @Header('content-type', 'text/plain; version=0.0.4; charset=utf-8')
  async scrape(): Promise<string> {
    return this.metrics.registry.metrics();
  }
}
