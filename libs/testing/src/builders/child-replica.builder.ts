import { randomUUID } from 'node:crypto';

/** The codes from the province down to `code` (the replica's regionPath). */
const pathOf = (code: string) =>
  [
    ...new Set([
      `${code.slice(0, 2)}0000`,
      `${code.slice(0, 4)}00`,
      code.slice(0, 6),
      code.slice(0, 9),
      code,
    ]),
  ].filter((c) => c.length <= code.length);

/**
 * Documents of a department's replica of registry children (`child_replicas`), as the service
 * writes them from the registry's events: for tests that need many known children at once.
 */
export function childReplicaDocs(n: number, regionCode: string, birthDate = '2014-06-01') {
  const now = new Date();
  return Array.from({ length: n }, (_, i) => ({
    _id: randomUUID(),
    familyName: '测',
    givenName: `童${i + 1}`,
    sex: i % 2 ? 'MALE' : 'FEMALE',
    birthDate,
    regionCode,
    regionPath: pathOf(regionCode),
    recordStamp: { revision: 1, at: now.toISOString() },
    registeredAt: now,
    knownSince: now,
    categories: [] as string[],
    mergedInto: null,
    mergedFrom: [] as string[],
    appliedEventIds: [] as string[],
  }));
}
