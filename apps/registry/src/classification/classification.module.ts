import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { ClassificationSweep } from './classification-sweep';
import { ClassificationResolver } from './classification.resolver';

@Module({ imports: [ChildrenModule], providers: [ClassificationResolver, ClassificationSweep] })
export class ClassificationModule {}
