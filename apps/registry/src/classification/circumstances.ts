import { NO_CIRCUMSTANCES, type Circumstances, type ParentStatus } from './classification.rules';

/** A child's circumstances as stored: each parent named, null while unknown. */
export type StoredCircumstances = Omit<Circumstances, 'parents'> & {
  father: ParentStatus | null;
  mother: ParentStatus | null;
};

export const NO_STORED_CIRCUMSTANCES: StoredCircumstances = (() => {
  const { parents: _none, ...rest } = NO_CIRCUMSTANCES;
  return { ...rest, father: null, mother: null };
})();

export function forRules(stored: StoredCircumstances | undefined): Circumstances {
  const s = { ...NO_STORED_CIRCUMSTANCES, ...(stored ?? {}) };
  const { father, mother, ...rest } = s;
  return { ...rest, parents: [father, mother].filter((p): p is ParentStatus => p !== null) };
}

/** One recomputation that changed the categories; the history is appended, never rewritten. */
export interface ClassificationChange {
  at: Date;
  categories: string[];
  added: string[];
  removed: string[];
  reason: string;
  decidedBy: string;
}

export interface StoredClassification {
  categories: { category: string; rule: string }[];
  leftBehind: boolean;
  inDifficulty: boolean;
  protectedAsChildInDifficulty: boolean;
  computedOn: string;
}
