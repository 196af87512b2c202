import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { PlanCompletionHandler } from './plan-completion.handler';
import { PlanCompletionService } from './plan-completion.service';

@Module({
  imports: [CasesModule],
  providers: [AssessmentService, AssessmentResolver, PlanCompletionHandler, PlanCompletionService],
})
export class AssessmentModule {}
