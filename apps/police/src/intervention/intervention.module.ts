import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { InterventionResolver } from './intervention.resolver';
import { InterventionService } from './intervention.service';

@Module({ imports: [CasesModule], providers: [InterventionService, InterventionResolver] })
export class InterventionModule {}
