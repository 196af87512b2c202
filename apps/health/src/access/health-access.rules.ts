import { regionCovers, type Identity, type Role } from '@qz/identity';
import { forbidden, outOfRegion } from '@qz/platform';
import type { WorkflowAction } from '../applications/workflow.rules';

export type Programme = 'MEDICAL_ASSISTANCE' | 'REHAB' | 'TOMORROW_PLAN';

/**
 * Whose work each programme is (四(三)2): medical assistance is the health commission's,
 * rehabilitation assistance and 明天计划 surgery are handled by the disabled persons' federation.
 */
export const PROGRAMME_OFFICER: Record<Programme, Role> = {
  MEDICAL_ASSISTANCE: 'HEALTH_OFFICER',
  REHAB: 'DPF_OFFICER',
  TOMORROW_PLAN: 'DPF_OFFICER',
};

/** The programmes a person's roles handle (their queue shows only these). */
export const programmesOf = (roles: readonly Role[]): Programme[] =>
  (Object.keys(PROGRAMME_OFFICER) as Programme[]).filter((p) => roles.includes(PROGRAMME_OFFICER[p]));

/**
 * Whether a person may take a step on an application, checked on the stored application before
 * anything is written: the application's region (the child's) must lie in the person's subtree;
 * approval and payment draw on the county's budget, so the budget's region (the county) must too
 * (a township officer reviews, the county or city approves and pays); and the person must be an
 * officer of the programme's department.
 */
export function assertMayHandle(
  who: Identity,
  app: { id: string; programme: Programme; regionCode: string; countyCode: string },
  action: WorkflowAction,
): void {
  if (!regionCovers(who.regionCode, app.regionCode)) throw outOfRegion(`Application ${app.id}`);
  if ((action === 'approve' || action === 'disburse') && !regionCovers(who.regionCode, app.countyCode))
    throw outOfRegion(`The ${app.countyCode} budget application ${app.id} draws on`);
  const officer = PROGRAMME_OFFICER[app.programme];
  if (!who.roles.includes(officer))
    throw forbidden(`${action} a ${app.programme} application (the work of ${officer})`);
}
