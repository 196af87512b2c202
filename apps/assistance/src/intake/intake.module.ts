import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { BenefitsModule } from '../benefits/benefits.module';
import { ApplicationRepository } from './application.repository';
import { ApplicationResolver } from './application.resolver';
import { ApplicationDocument, ApplicationSchema } from './application.schema';
import { ApplicationService } from './application.service';
import { IntakeCalendar } from './intake-calendar';
import { ApplicationPartDecidedHandler } from './part-decided.handler';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: ApplicationDocument.name, schema: ApplicationSchema }]),
    ChildReplicaModule,
    BenefitsModule,
  ],
  providers: [
    ApplicationRepository,
    ApplicationService,
    ApplicationResolver,
    IntakeCalendar,
    ApplicationPartDecidedHandler,
  ],
  exports: [ApplicationRepository, ApplicationService, IntakeCalendar],
})
export class IntakeModule {}
