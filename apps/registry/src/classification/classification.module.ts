import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { ChildCircumstancesResolver } from './child-circumstances.resolver';
import { ChildClassificationResolver } from './child-classification.resolver';
import { ClassificationSweep } from './classification-sweep';
import { ClassificationResolver } from './classification.resolver';
import { DepartmentEventsHandler } from './department-events.handler';

@Module({
  imports: [ChildrenModule],
  providers: [
    ClassificationResolver,
    ChildCircumstancesResolver,
    ChildClassificationResolver,
    ClassificationSweep,
    DepartmentEventsHandler,
  ],
})
export class ClassificationModule {}
