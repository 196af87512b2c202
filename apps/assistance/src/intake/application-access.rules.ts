import { WINDOW_PART_SERVICE } from '@qz/contracts';
import type { Role } from '@qz/identity';

/**
 * 四(四)1 协同办理 with least privilege: the township window, the civil-affairs bureau and the
 * coordinators see every part of an application; a health, education or DPF officer sees and
 * decides only the parts routed to their own department (a medical request is no business of the
 * education bureau). The civil-affairs officer decides the assistance parts.
 */
const DECIDES: Partial<Record<Role, string>> = {
  CIVIL_AFFAIRS_OFFICER: 'ASSISTANCE',
  HEALTH_OFFICER: 'HEALTH',
  EDUCATION_OFFICER: 'EDUCATION',
  DPF_OFFICER: 'DPF',
};
const SEES_EVERY_PART: readonly Role[] = [
  'CIVIL_AFFAIRS_OFFICER',
  'CHILD_SOCIAL_WORKER',
  'TOWNSHIP_OFFICER',
  'COORDINATOR',
];

/** The departments whose parts these roles decide. */
export const departmentsDecidedBy = (roles: readonly Role[]): string[] => [
  ...new Set(roles.flatMap((r) => (DECIDES[r] ? [DECIDES[r]] : []))),
];

/** The parts of an application these roles may see. */
export function visibleParts<P extends { department: string }>(
  parts: readonly P[],
  roles: readonly Role[],
): P[] {
  if (roles.some((r) => SEES_EVERY_PART.includes(r))) return [...parts];
  const own = departmentsDecidedBy(roles);
  return parts.filter((p) => own.includes(p.department));
}

/**
 * 四(四)1 协同办理: a part of a department that has a service of its own (health, the DPF's
 * rehabilitation in health, education) is decided there, by that department's rules and budget
 * (decideHealthWindowPart, decideEducationWindowPart), and the decision reaches the window by
 * event. The mutation that decides it there, or null for a part decided on the application itself
 * (assistance's own).
 */
export function decidedInItsService(department: string): string | null {
  const service = (WINDOW_PART_SERVICE as Record<string, string | undefined>)[department];
  return service ? `decide${service[0].toUpperCase()}${service.slice(1)}WindowPart` : null;
}
