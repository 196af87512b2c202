import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { SupervisorsModule } from '../supervisors/supervisors.module';
import { AssessmentCompletedHandler } from './assessment.handler';
import { VisitResolver } from './visit.resolver';
import { VisitService } from './visit.service';

@Module({
  imports: [ChildrenModule, SupervisorsModule],
  providers: [VisitService, VisitResolver, AssessmentCompletedHandler],
})
export class VisitsModule {}
