import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { SubgraphHealthController } from './health.controller';
import { KafkaHealthIndicator } from './kafka.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [SubgraphHealthController],
  providers: [KafkaHealthIndicator],
})
export class SubgraphHealthModule {}
