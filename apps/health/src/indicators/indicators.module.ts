import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { HealthIndicatorsResolver } from './health-indicators.resolver';

@Module({
  imports: [ApplicationsModule, BudgetsModule],
  providers: [HealthIndicatorsResolver],
})
export class IndicatorsModule {}
