import { regionAncestry } from '@qz/kernel';
import type { CareArrangement, StoredDetaineeChild } from './detention.types';

export type ChildrenRefusal =
  'DETAINEE_CHILDREN_CONTRADICT' | 'DETAINEE_CHILDREN_MISSING' | 'DETAINEE_CHILD_REPEATED';

/**
 * 四(一)2 (应当询问其是否有未成年子女): the answer is recorded as asked — no minor children and no
 * child listed, or minor children each named by their ledger id, once.
 */
export function childrenRefusal(
  hasMinorChildren: boolean,
  childIds: readonly string[],
): ChildrenRefusal | null {
  if (!hasMinorChildren) return childIds.length ? 'DETAINEE_CHILDREN_CONTRADICT' : null;
  if (!childIds.length) return 'DETAINEE_CHILDREN_MISSING';
  return new Set(childIds).size === childIds.length ? null : 'DETAINEE_CHILD_REPEATED';
}

/** 四(一)2: nobody found to care for the child — civil affairs must arrange it (民政部门予以安排). */
export const opensCareTask = (arrangement: CareArrangement) => arrangement === 'NONE_FOUND';

/**
 * 四(一)2: an arrangement names who cares for the child (the relative, the adult, the centre or
 * institution); "nobody found" names nobody.
 */
export function arrangementComplete(arrangement: CareArrangement, caregiver: string | null): boolean {
  return opensCareTask(arrangement) ? !caregiver : Boolean(caregiver);
}

export type ArrangeRefusal =
  'CARE_TASK_NOT_FOUND' | 'CARE_TASK_ALREADY_ARRANGED' | 'CARE_ARRANGEMENT_INCOMPLETE';

/**
 * 四(一)2: civil affairs closes its task by recording a real arrangement (not "nobody found"),
 * once, for a child police found no carer for.
 */
export function arrangeRefusal(
  child: StoredDetaineeChild | undefined,
  arrangement: CareArrangement,
  caregiver: string | null,
): ArrangeRefusal | null {
  if (!child?.careTask) return 'CARE_TASK_NOT_FOUND';
  if (child.careTask.arrangedAt) return 'CARE_TASK_ALREADY_ARRANGED';
  if (opensCareTask(arrangement) || !arrangementComplete(arrangement, caregiver))
    return 'CARE_ARRANGEMENT_INCOMPLETE';
  return null;
}

/** A child whose care civil affairs has still to arrange. */
export const careTaskOpen = (c: StoredDetaineeChild) => Boolean(c.careTask && !c.careTask.arrangedAt);

/**
 * The regions (each child's and every region above it) where a record has an open care task:
 * a county's queue is an equality on one code.
 */
export const openTaskRegions = (children: readonly StoredDetaineeChild[]) => [
  ...new Set(children.filter(careTaskOpen).flatMap((c) => regionAncestry(c.regionCode))),
];

/**
 * Issue 15: a moved child's entry on a detained parent's record lives where the child does now
 * (its open care task goes to that region's civil affairs). The children after the move, or null
 * when the record has nothing to change.
 */
export function childrenAfterMove(
  children: readonly StoredDetaineeChild[],
  childId: string,
  regionCode: string,
): StoredDetaineeChild[] | null {
  if (!children.some((c) => c.childId === childId && c.regionCode !== regionCode)) return null;
  return children.map((c) => (c.childId === childId ? { ...c, regionCode } : c));
}

/**
 * Issue 15: a provisional record merged into the child's real one: its entry names the real one.
 * When the record names the real child too, the entry that has the care arranged (or the real
 * child's) stays, with the other's care task if only that one has it. Null: nothing to change.
 */
export function childrenAfterMerge(
  children: readonly StoredDetaineeChild[],
  fromChildId: string,
  intoChildId: string,
  regionCode: string,
): StoredDetaineeChild[] | null {
  const merged = children.find((c) => c.childId === fromChildId);
  if (!merged) return null;
  const surviving = children.find((c) => c.childId === intoChildId);
  const entry = { ...merged, childId: intoChildId, regionCode };
  const kept = surviving && !(careTaskOpen(surviving) && !careTaskOpen(merged)) ? surviving : entry;
  return children
    .filter((c) => c.childId !== fromChildId)
    .map((c) => (c.childId === intoChildId ? { ...kept, regionCode } : c))
    .concat(surviving ? [] : [entry]);
}
