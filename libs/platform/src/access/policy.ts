import type { Identity, Role } from '@qz/identity';

/** Who may do something: any of the roles; some roles must also state why (the purpose). */
export interface AccessRule {
  roles: readonly Role[];
  /** Roles that must send a purpose (the `x-access-purpose` header) to be allowed. */
  purposeFrom?: readonly Role[];
}

/** A sensitive field: readable by the rule's roles; `mask` shows the others a masked value instead. */
export interface FieldRule extends AccessRule {
  mask?: (value: any) => unknown;
  /** Each read is written to the access log (the child is the parent object, or its `childId`). */
  audit?: boolean;
  /**
   * What each reader sees of the value, when that depends on who reads it part by part (a child's
   * categories: the sensitive ones only to the roles that need them, absent for the others). With
   * a view, the field is never refused to the rule's roles; `audit` logs only a read whose view
   * showed something sensitive.
   */
  view?: (value: any, identity: Identity) => { value: unknown; sensitive: boolean };
}

/**
 * A subgraph's single, readable access policy: every root query and mutation, and every sensitive
 * field (`Type.field`), with the roles allowed. An operation missing from the table is refused.
 */
export interface PolicyTable {
  service: string;
  operations: Record<string, AccessRule>;
  fields?: Record<string, FieldRule>;
}

export const definePolicy = <T extends PolicyTable>(table: T): T => table;

export type RuleVerdict = 'ALLOWED' | 'FORBIDDEN' | 'PURPOSE_REQUIRED';

/** Checks one identity against one rule. */
export function judge(rule: AccessRule, identity: Identity): RuleVerdict {
  const granting = identity.roles.filter((r) => rule.roles.includes(r));
  if (!granting.length) return 'FORBIDDEN';
  // A role that needs no purpose is enough; otherwise a purpose must be stated.
  if (granting.some((r) => !rule.purposeFrom?.includes(r))) return 'ALLOWED';
  return identity.purpose?.trim() ? 'ALLOWED' : 'PURPOSE_REQUIRED';
}

/** Role lists read better in a policy table when named once. */
export const roles = (...r: Role[]): readonly Role[] => r;
