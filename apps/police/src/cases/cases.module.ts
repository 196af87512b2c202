import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { followingChildren } from '@qz/platform';
import { CaseRepository, DispatchSlaRepository } from './case.repository';
import { CaseDetailsResolver, ReportDetailsResolver } from './case-details.resolver';
import { CaseScope } from './case-scope';
import { ChildCasesFollower } from './child-cases.follower';
import { ChildCasesLoader } from './child-cases.loader';
import { ChildCasesResolver, CaseResolver } from './case.resolver';
import { CaseDocument, CaseSchema, DispatchSlaDocument, DispatchSlaSchema } from './case.schema';
import { DispatchSlaService } from './dispatch-sla.service';
import { DispatchSweep } from './dispatch-sweep';
import { IntakeHandler } from './intake.handler';
import { IntakeService } from './intake.service';
import { ResponseService } from './response.service';
import { CaseService } from './case.service';

@Module({
  imports: [
    MongooseModule.forFeature([
      { name: CaseDocument.name, schema: CaseSchema },
      { name: DispatchSlaDocument.name, schema: DispatchSlaSchema },
    ]),
    ChildReplicaModule,
  ],
  providers: [
    CaseService,
    CaseRepository,
    DispatchSlaRepository,
    DispatchSlaService,
    IntakeService,
    ResponseService,
    IntakeHandler,
    DispatchSweep,
    CaseScope,
    CaseResolver,
    CaseDetailsResolver,
    ReportDetailsResolver,
    ChildCasesResolver,
    ChildCasesLoader,
    ChildCasesFollower,
    followingChildren(ChildReplicaHooks, ChildCasesFollower),
  ],
  exports: [CaseRepository, CaseService, CaseScope, ChildCasesLoader],
})
export class CasesModule {}
