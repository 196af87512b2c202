/**
 * Settings of the per-document write lease (see document-lease.ts). From the environment:
 * `STORE_WRITE_LEASE=on|off` (on by default: the local store, FerretDB 1.x, needs it; a production
 * on MongoDB may turn it off, where a conditional update is atomic on its own),
 * `STORE_WRITE_LEASE_TTL_MS` (lifetime of a lease), `STORE_WRITE_LEASE_WAIT_MS` (longest wait for a
 * lease before the write is refused with WRITE_CONTENDED).
 */
export interface WriteLeaseSettings {
  enabled: boolean;
  /** How long a lease lasts after its holder asked for it. */
  ttlMs: number;
  /** A holder starts no write this close to its lease's end (the write must land before it). */
  safetyMs: number;
  /** Another process takes over an expired lease only this long after its end (clock skew). */
  skewMs: number;
  /** Longest wait for a lease (in this process's queue and at the store) before refusing. */
  waitMs: number;
  /** First and longest pause between two looks at a lease another process holds. */
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** The collection, in each service's own database, that holds the leases. */
  collection: string;
}

export const LEASE_COLLECTION = 'store_write_leases';

const number = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

export function writeLeaseSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): WriteLeaseSettings {
  const ttlMs = number(env['STORE_WRITE_LEASE_TTL_MS'], 10_000);
  return {
    enabled: (env['STORE_WRITE_LEASE'] ?? 'on').trim().toLowerCase() !== 'off',
    ttlMs,
    safetyMs: Math.min(2_000, Math.floor(ttlMs / 4)),
    skewMs: 1_000,
    waitMs: number(env['STORE_WRITE_LEASE_WAIT_MS'], 10_000),
    initialBackoffMs: 5,
    maxBackoffMs: 200,
    collection: LEASE_COLLECTION,
  };
}

let current: WriteLeaseSettings | null = null;

/** The settings in force: the environment's, unless `configureWriteLeases` changed them. */
export function writeLeaseSettings(): WriteLeaseSettings {
  current ??= writeLeaseSettingsFromEnv();
  return current;
}

/** Changes the settings of this process (tests, tools); `null` goes back to the environment's. */
export function configureWriteLeases(change: Partial<WriteLeaseSettings> | null): WriteLeaseSettings {
  current = change === null ? null : { ...writeLeaseSettings(), ...change };
  return writeLeaseSettings();
}
