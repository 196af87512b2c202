import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { BenefitsModule } from '../benefits/benefits.module';
import { ChildCategoriesRepository } from './child-categories.repository';
import { ChildCategoriesDocument, ChildCategoriesSchema } from './child-categories.schema';
import { ClassificationHandler } from './classification.handler';
import { EligibilitySweep } from './eligibility.sweep';
import { ProposalRepository } from './proposal.repository';
import { ProposalResolver } from './proposal.resolver';
import { ProposalDocument, ProposalSchema } from './proposal.schema';
import { ProposalService } from './proposal.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ProposalDocument.name, schema: ProposalSchema },
      { name: ChildCategoriesDocument.name, schema: ChildCategoriesSchema },
    ]),
    BenefitsModule,
  ],
  providers: [
    ProposalRepository,
    ChildCategoriesRepository,
    ProposalService,
    ProposalResolver,
    ClassificationHandler,
    EligibilitySweep,
  ],
  exports: [ProposalRepository, ProposalService, ChildCategoriesRepository],
})
export class EligibilityModule {}
