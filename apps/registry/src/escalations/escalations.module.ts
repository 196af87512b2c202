import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DispatchOverdueHandler } from './escalation.handler';
import { EscalationRepository } from './escalation.repository';
import { EscalationResolver } from './escalation.resolver';
import { EscalationDocument, EscalationSchema } from './escalation.schema';
import { EscalationService } from './escalation.service';

@Module({
  imports: [MongooseModule.forFeature([{ name: EscalationDocument.name, schema: EscalationSchema }])],
  providers: [EscalationRepository, EscalationService, EscalationResolver, DispatchOverdueHandler],
})
export class EscalationsModule {}
