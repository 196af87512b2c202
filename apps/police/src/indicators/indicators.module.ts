import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PoliceIndicatorsResolver } from './indicators.resolver';

@Module({ imports: [CasesModule], providers: [PoliceIndicatorsResolver] })
export class IndicatorsModule {}
