import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';

@Module({ imports: [CasesModule], providers: [AssessmentService, AssessmentResolver] })
export class AssessmentModule {}
