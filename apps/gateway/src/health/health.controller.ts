import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';

/** The gateway holds no state: it is ready when it answers. Subgraph health is each subgraph's own. */
@Controller('health')
export class GatewayHealthController {
  constructor(private readonly health: HealthCheckService) {}

  @Get(['live', 'ready'])
  @HealthCheck()
  check() {
    return this.health.check([]);
  }
}
