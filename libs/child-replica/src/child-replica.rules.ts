import type {
  ChildClassifiedPayload,
  ChildMergedPayload,
  ChildRegisteredPayload,
  ChildUpdatedPayload,
  Envelope,
} from '@qz/contracts';
import { ageInYears, regionAncestry } from '@qz/kernel';

/**
 * Where a change stands in the registry's history of a child: the ledger record's revision after
 * the write that made it, and the event's time (for events written before revisions were sent).
 */
export interface Stamp {
  revision: number | null;
  at: string;
}

export const stampOf = (event: Envelope<{ revision?: number }>): Stamp => ({
  revision: event.payload.revision ?? null,
  at: event.occurredAt,
});

/**
 * Whether a change is newer than what the copy holds: by the registry's revision when both have
 * one, else by the time the registry wrote it. A stale event (older than the copy) changes nothing.
 */
export function isNewer(incoming: Stamp, current: Stamp | null | undefined): boolean {
  if (!current) return true;
  if (incoming.revision !== null && current.revision !== null) return incoming.revision > current.revision;
  return Date.parse(incoming.at) >= Date.parse(current.at);
}

/** The copy's fields the rules read and write (a subset of the stored document). */
export interface ReplicaState {
  familyName?: string | null;
  givenName?: string | null;
  sex?: string | null;
  birthDate?: string | null;
  regionCode?: string | null;
  registeredAt?: Date | null;
  recordStamp?: Stamp | null;
  categories?: string[];
  categoriesStamp?: Stamp | null;
  mergedFrom?: string[];
}

/** The region and its ancestry: "children under a region" is equality on one code of the path. */
const region = (code: string) => ({ regionCode: code, regionPath: regionAncestry(code) });

/** ChildRegistered: the record as registered, unless the copy already holds a newer one. */
export function onRegistered(state: ReplicaState | null, event: Envelope<ChildRegisteredPayload>) {
  const p = event.payload;
  const stamp = stampOf(event);
  const change: Record<string, unknown> = { registeredAt: new Date(p.registeredAt) };
  if (isNewer(stamp, state?.recordStamp))
    Object.assign(change, {
      familyName: p.familyName,
      givenName: p.givenName,
      sex: p.sex,
      birthDate: p.birthDate,
      ...region(p.regionCode),
      recordStamp: stamp,
    });
  return change;
}

/**
 * ChildUpdated: names, birth date and region as the record now is, unless the copy holds a newer
 * record. An event written before the record travelled with it moves the region only.
 */
export function onUpdated(state: ReplicaState | null, event: Envelope<ChildUpdatedPayload>) {
  const p = event.payload;
  const stamp = stampOf(event);
  if (!isNewer(stamp, state?.recordStamp)) return null;
  const whole = p.familyName && p.givenName && p.sex && p.birthDate;
  return {
    ...(whole
      ? { familyName: p.familyName, givenName: p.givenName, sex: p.sex, birthDate: p.birthDate }
      : {}),
    ...region(p.regionCode),
    recordStamp: stamp,
  };
}

/** ChildClassified: the categories now, unless the copy holds newer ones. */
export function onClassified(state: ReplicaState | null, event: Envelope<ChildClassifiedPayload>) {
  const p = event.payload;
  const stamp = stampOf(event);
  if (!isNewer(stamp, state?.categoriesStamp)) return null;
  return {
    categories: p.categories,
    leftBehind: p.leftBehind,
    inDifficulty: p.inDifficulty,
    protectedAsChildInDifficulty: p.protectedAsChildInDifficulty,
    categoriesStamp: stamp,
    categoriesEventId: event.id,
    categoriesReason: p.reason,
    // Classified before the registration reached this copy: the region is known from the event.
    ...(!state?.regionCode && event.regionCode ? region(event.regionCode) : {}),
  };
}

/**
 * ChildMerged, on the surviving record: the merged record's categories join its own (the
 * registry's reclassification that follows says the same), unless newer categories are already
 * here — they were decided after the merge and include it.
 */
export function onMergedInto(state: ReplicaState | null, event: Envelope<ChildMergedPayload>) {
  const p = event.payload;
  const stamp = stampOf(event);
  const mergedFrom = [...new Set([...(state?.mergedFrom ?? []), p.mergedChildId])];
  if (!isNewer(stamp, state?.categoriesStamp)) return { mergedFrom };
  return {
    mergedFrom,
    categories: [...new Set([...(state?.categories ?? []), ...p.mergedCategories])],
    categoriesStamp: stamp,
    categoriesEventId: event.id,
    categoriesReason: `merged from ${p.mergedChildId}: ${p.reason}`,
    ...(!state?.regionCode ? region(p.regionCode) : {}),
  };
}

/** The child's age in whole years on a date (YYYY-MM-DD). */
export const ageOn = (child: { birthDate: string }, date: string) => ageInYears(child.birthDate, date);
