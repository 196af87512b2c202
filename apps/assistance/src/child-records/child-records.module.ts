import { Module } from '@nestjs/common';
import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { followingChildren } from '@qz/platform';
import { BenefitsModule } from '../benefits/benefits.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { IntakeModule } from '../intake/intake.module';
import { AssistanceChildRecords } from './child-records.follower';

/** Assistance's records follow a moved or merged child (AssistanceChildRecords). */
@Module({
  imports: [ChildReplicaModule, BenefitsModule, EligibilityModule, IntakeModule],
  providers: [AssistanceChildRecords, followingChildren(ChildReplicaHooks, AssistanceChildRecords)],
})
export class ChildRecordsModule {}
