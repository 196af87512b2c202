import { randomUUID } from 'node:crypto';

/**
 * Documents of a department's replica of registry children (`child_replicas`), as the service
 * writes them from ChildRegistered events: for tests that need many known children at once.
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
    registeredAt: now,
    knownSince: now,
    appliedEventIds: [] as string[],
  }));
}
