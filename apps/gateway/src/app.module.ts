import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { LoggingModule, MetricsModule, ServiceMetrics, serviceConfigModule } from '@qz/platform';
import { gatewayConfigSchema } from './config';
import { gatewayGraphQLModule } from './graph/gateway-graphql.module';
import { GatewayHealthController } from './health/health.controller';

@Module({
  imports: [
    serviceConfigModule(gatewayConfigSchema),
    LoggingModule.forService('gateway'),
    MetricsModule.forService(new ServiceMetrics('gateway')),
    TerminusModule.forRoot({ logger: false }),
    gatewayGraphQLModule(),
  ],
  controllers: [GatewayHealthController],
})
export class AppModule {}
