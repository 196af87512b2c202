import { Module } from '@nestjs/common';
import { ChildrenModule } from '../children/children.module';
import { ChildCircumstancesResolver } from './child-circumstances.resolver';
import { ChildClassificationResolver } from './child-classification.resolver';
import { ClassificationSweep } from './classification-sweep';
import { ClassificationResolver } from './classification.resolver';
import { DpfCertificateHandler } from './dpf-certificate.handler';
import { TemporaryCareHandler } from './temporary-care.handler';

@Module({
  imports: [ChildrenModule],
  providers: [
    ClassificationResolver,
    ChildCircumstancesResolver,
    ChildClassificationResolver,
    ClassificationSweep,
    DpfCertificateHandler,
    TemporaryCareHandler,
  ],
})
export class ClassificationModule {}
