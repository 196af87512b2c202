import { ChildClassifiedV1 } from './child-classified';
import { ChildFoundLivingAloneV1 } from './child-living-alone';
import { ChildMergedV1 } from './child-merged';
import { ChildRegisteredV1 } from './child-registered';
import { ChildUpdatedV1 } from './child-updated';
import { GuardianshipEscalatedV1 } from './guardianship-escalated';
import { GuardianshipLapsedV1 } from './guardianship-lapsed';
import { VisitDangerFoundV1 } from './visit-danger-found';
import { VisitRecordedV1 } from './visit-recorded';

export * from './child-registered';
export * from './child-classified';
export * from './child-updated';
export * from './child-merged';
export * from './guardianship-lapsed';
export * from './guardianship-escalated';
export * from './child-living-alone';
export * from './visit-recorded';
export * from './visit-danger-found';

/** Every event the registry produces. */
export const registryEvents = [
  ChildRegisteredV1,
  ChildClassifiedV1,
  ChildUpdatedV1,
  ChildMergedV1,
  GuardianshipLapsedV1,
  GuardianshipEscalatedV1,
  ChildFoundLivingAloneV1,
  VisitRecordedV1,
  VisitDangerFoundV1,
] as const;

export const RegistryTopics = {
  RegistryChildRegisteredV1: ChildRegisteredV1.topic,
  RegistryChildClassifiedV1: ChildClassifiedV1.topic,
  RegistryChildUpdatedV1: ChildUpdatedV1.topic,
  RegistryChildMergedV1: ChildMergedV1.topic,
  RegistryGuardianshipLapsedV1: GuardianshipLapsedV1.topic,
  RegistryGuardianshipEscalatedV1: GuardianshipEscalatedV1.topic,
  RegistryChildFoundLivingAloneV1: ChildFoundLivingAloneV1.topic,
  RegistryVisitRecordedV1: VisitRecordedV1.topic,
  RegistryVisitDangerFoundV1: VisitDangerFoundV1.topic,
} as const;
