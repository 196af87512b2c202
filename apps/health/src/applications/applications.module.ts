import { Module } from '@nestjs/common';
import { InstitutionRegionResolver } from './institution.resolver';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { followingChildren } from '@qz/platform';
import { BudgetsModule } from '../budgets/budgets.module';
import { FactsModule } from '../facts/facts.module';
import { PolicyModule } from '../policy/policy.module';
import { ApplicationRepository } from './application.repository';
import { ApplicationResolver } from './application.resolver';
import { ApplicationDocument, ApplicationSchema } from './application.schema';
import { SubmissionService } from './submission.service';
import { WorkflowService } from './workflow.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ApplicationDocument.name, schema: ApplicationSchema }]),
    ChildReplicaModule,
    FactsModule,
    PolicyModule,
    BudgetsModule,
  ],
  providers: [
    ApplicationRepository,
    SubmissionService,
    WorkflowService,
    ApplicationResolver,
    InstitutionRegionResolver,
    // A moved or merged child's applications follow it (issue 15).
    followingChildren(ChildReplicaHooks, ApplicationRepository),
  ],
  exports: [ApplicationRepository, SubmissionService, WorkflowService],
})
export class ApplicationsModule {}
