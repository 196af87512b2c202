/**
 * Where a child lives, for region scoping of operations that name a child by id. The registry
 * answers from its ledger, a department from its replica of the registry's children.
 */
export interface ChildRegionLookup {
  /** The household region code of each known child; unknown ids are left out. */
  regionsOf(childIds: readonly string[]): Promise<Map<string, string>>;
}

export const CHILD_REGION_LOOKUP = Symbol('CHILD_REGION_LOOKUP');
