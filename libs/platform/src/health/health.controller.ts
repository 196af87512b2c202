import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, MongooseHealthIndicator } from '@nestjs/terminus';
import { KafkaHealthIndicator } from './kafka.health';

/** `/health/live`: the process answers. `/health/ready`: its store and broker answer too. */
@Controller('health')
export class SubgraphHealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongoose: MongooseHealthIndicator,
    private readonly kafka: KafkaHealthIndicator,
  ) {}

  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.mongoose.pingCheck('store', { timeout: 3000 }),
      () => this.kafka.isHealthy('broker'),
    ]);
  }
}
