import { ChildReplicaHooks, ChildReplicaModule } from '@qz/child-replica';
import { WindowPartsModule } from '@qz/window-parts';
import { ApplicationsModule } from '../applications/applications.module';
import { BudgetsModule } from '../budgets/budgets.module';
import { FactsModule } from '../facts/facts.module';
import { PremiumModule } from '../premium/premium.module';
import { HealthWindowAssessor } from './health-window.assessor';
import { HealthWindowFulfiller } from './health-window.fulfiller';

/**
 * Parts of one-window applications for the health commission and the DPF (四(四)1): an approved
 * part becomes a health application (amount by health's rules, from its budget) or the premium
 * subsidy decision of the year.
 */
export const HealthWindowPartsModule = WindowPartsModule.forService(
  'health',
  HealthWindowAssessor,
  [ChildReplicaModule, FactsModule, ApplicationsModule, PremiumModule, BudgetsModule],
  ChildReplicaHooks,
  HealthWindowFulfiller,
);
