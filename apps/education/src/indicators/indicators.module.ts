import { Module } from '@nestjs/common';
import { DropoutModule } from '../dropout/dropout.module';
import { EducationIndicatorsResolver } from './education-indicators.resolver';

@Module({
  imports: [DropoutModule],
  providers: [EducationIndicatorsResolver],
})
export class IndicatorsModule {}
