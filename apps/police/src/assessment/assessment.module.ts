import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { PlanCompletionHandler } from './plan-completion.handler';

@Module({ imports: [CasesModule], providers: [AssessmentService, AssessmentResolver, PlanCompletionHandler] })
export class AssessmentModule {}
