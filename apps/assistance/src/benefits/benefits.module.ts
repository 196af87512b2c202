import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { ChildReplicaModule } from '@qz/child-replica';
import { StandardsModule } from '../standards/standards.module';
import { BenefitTermSweep } from './benefit-term.sweep';
import { BenefitRepository } from './benefit.repository';
import { BenefitResolver } from './benefit.resolver';
import { BenefitDocument, BenefitSchema } from './benefit.schema';
import { BenefitService } from './benefit.service';

@Module({
  imports: [
    MongooseModule.forFeature([{ name: BenefitDocument.name, schema: BenefitSchema }]),
    ChildReplicaModule,
    StandardsModule,
  ],
  providers: [BenefitRepository, BenefitService, BenefitResolver, BenefitTermSweep],
  exports: [BenefitRepository, BenefitService, ChildReplicaModule],
})
export class BenefitsModule {}
