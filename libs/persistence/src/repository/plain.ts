/** Fields that belong to storage mechanics and never leave a repository. */
const STORAGE_FIELDS = ['_id', '__v', 'outbox', 'outboxPending', 'outboxVersion', 'appliedEventIds'] as const;

export type Plain<T> = Omit<T, (typeof STORAGE_FIELDS)[number]> & { id: string };

/** A stored document as a plain object: `id` instead of `_id`, no storage mechanics. */
export function toPlain<T extends { _id: unknown }>(doc: T): Plain<T> {
  const out: Record<string, unknown> = { id: String(doc._id) };
  for (const [k, v] of Object.entries(doc)) {
    if (!(STORAGE_FIELDS as readonly string[]).includes(k)) out[k] = v;
  }
  return out as Plain<T>;
}

/** Projection that leaves the storage mechanics out of a read. */
export const PLAIN_PROJECTION = {
  outbox: 0,
  outboxPending: 0,
  outboxVersion: 0,
  appliedEventIds: 0,
  __v: 0,
} as const;
