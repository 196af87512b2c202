import {
  ChildClassifiedV1,
  ChildMergedV1,
  ChildRegisteredV1,
  ChildUpdatedV1,
  createEvent,
  type ChildClassifiedPayload,
  type EventContract,
} from '@qz/contracts';
import {
  ageOn,
  isNewer,
  onClassified,
  onMergedInto,
  onRegistered,
  onUpdated,
  type ReplicaState,
} from './child-replica.rules';
import { regionAncestry } from '@qz/kernel';

const actor = { kind: 'system' as const, id: 'registry:test' };
const at = (iso: string) => new Date(iso);
const event = <P>(
  contract: EventContract<P>,
  payload: P,
  occurredAt = '2026-05-01T00:00:00Z',
  regionCode = '450702100201',
) => createEvent(contract, { subject: 'c1', regionCode, actor, occurredAt: at(occurredAt), payload });

const registered = (revision = 1) =>
  event(ChildRegisteredV1, {
    childId: 'c1',
    familyName: '韦',
    givenName: '小燕',
    sex: 'FEMALE',
    birthDate: '2014-03-09',
    regionCode: '450702100201',
    registeredAt: '2026-05-01T00:00:00.000Z',
    revision,
  });
const moved = (revision: number, regionCode: string, occurredAt = '2026-06-01T00:00:00Z') =>
  event(
    ChildUpdatedV1,
    {
      childId: 'c1',
      regionCode,
      revision,
      familyName: '韦',
      givenName: '小燕',
      sex: 'FEMALE',
      birthDate: '2014-03-09',
      changed: ['regionCode'],
      mergedFromChildId: null,
      reason: '户籍迁移',
    },
    occurredAt,
    regionCode,
  );
const classified = (
  revision: number | undefined,
  categories: ChildClassifiedPayload['categories'],
  occurredAt?: string,
) =>
  event(
    ChildClassifiedV1,
    {
      childId: 'c1',
      categories,
      added: categories,
      removed: [],
      leftBehind: categories.includes('LEFT_BEHIND'),
      inDifficulty: categories.some((c) => c !== 'LEFT_BEHIND'),
      protectedAsChildInDifficulty: false,
      reason: '核实',
      revision,
    },
    occurredAt,
  );

describe('the child replica: each registry event applied in the registry’s order, whatever order it arrives in', () => {
  it('orders by the registry’s revision when both have one, else by the time the registry wrote it', () => {
    expect(
      isNewer({ revision: 3, at: '2026-01-01T00:00:00Z' }, { revision: 2, at: '2026-02-01T00:00:00Z' }),
    ).toBe(true);
    expect(
      isNewer({ revision: 2, at: '2026-03-01T00:00:00Z' }, { revision: 3, at: '2026-02-01T00:00:00Z' }),
    ).toBe(false);
    expect(
      isNewer({ revision: 3, at: '2026-01-01T00:00:00Z' }, { revision: 3, at: '2026-01-01T00:00:00Z' }),
    ).toBe(false);
    expect(
      isNewer({ revision: null, at: '2026-03-01T00:00:00Z' }, { revision: 3, at: '2026-02-01T00:00:00Z' }),
    ).toBe(true);
    expect(
      isNewer({ revision: null, at: '2026-01-01T00:00:00Z' }, { revision: 3, at: '2026-02-01T00:00:00Z' }),
    ).toBe(false);
    expect(isNewer({ revision: 1, at: '2026-01-01T00:00:00Z' }, null)).toBe(true);
  });

  it('a region move sets the new region and its path; a stale move arriving after it changes nothing', () => {
    const start = onRegistered(null, registered()) as ReplicaState;
    const after = { ...start, ...onUpdated(start, moved(3, '450721100201')) };
    expect(after).toMatchObject({
      regionCode: '450721100201',
      regionPath: ['450000', '450700', '450721', '450721100', '450721100201'],
      recordStamp: { revision: 3 },
    });
    expect(onUpdated(after, moved(2, '450703100201', '2026-07-01T00:00:00Z'))).toBeNull();
  });

  it('a registration arriving after an update keeps the newer record, and still records when the child was registered', () => {
    const updated = onUpdated(null, moved(3, '450721100201')) as ReplicaState;
    const change = onRegistered(updated, registered(1));
    expect(change).toEqual({ registeredAt: new Date('2026-05-01T00:00:00.000Z') });
  });

  it('an update without the record (written before the record travelled) moves the region only', () => {
    const start = onRegistered(null, registered()) as ReplicaState;
    const legacy = event(ChildUpdatedV1, {
      childId: 'c1',
      regionCode: '450703100201',
      changed: ['household'],
      mergedFromChildId: null,
      reason: '旧事件',
    });
    expect(onUpdated(start, legacy)).toEqual({
      regionCode: '450703100201',
      regionPath: regionAncestry('450703100201'),
      recordStamp: { revision: null, at: legacy.occurredAt },
    });
  });

  it('a stale classification is ignored: the categories stay those of the newer revision', () => {
    const newer = onClassified(null, classified(5, ['ORPHAN'])) as ReplicaState;
    expect(newer.categories).toEqual(['ORPHAN']);
    expect(onClassified(newer, classified(4, []))).toBeNull();
    expect(onClassified(newer, classified(6, ['ORPHAN', 'DISABLED']))).toMatchObject({
      categories: ['ORPHAN', 'DISABLED'],
    });
  });

  it('a classification arriving before the registration takes its region from the event', () => {
    expect(onClassified(null, classified(2, ['ORPHAN']))).toMatchObject({ regionCode: '450702100201' });
  });

  it('a merge moves the provisional record’s categories to the surviving record', () => {
    const surviving = onClassified(null, classified(4, ['POVERTY_DIBAO'])) as ReplicaState;
    const merge = event(ChildMergedV1, {
      childId: 'c1',
      mergedChildId: 'p1',
      regionCode: '450702100201',
      mergedCategories: ['TRAFFICKING_RESCUED' as const],
      revision: 5,
      reason: '身份核实',
    });
    const after = { ...surviving, ...onMergedInto(surviving, merge) };
    expect(after.categories).toEqual(['POVERTY_DIBAO', 'TRAFFICKING_RESCUED']);
    expect(after.mergedFrom).toEqual(['p1']);
    // The categories before the merge, arriving late, do not take TRAFFICKING_RESCUED away.
    expect(onClassified(after, classified(4, ['POVERTY_DIBAO']))).toBeNull();
    // A reclassification decided after the merge is newer and includes it.
    const later = {
      ...surviving,
      categories: ['POVERTY_DIBAO', 'TRAFFICKING_RESCUED'],
      categoriesStamp: { revision: 6, at: merge.occurredAt },
    };
    expect(onMergedInto(later, merge)).toEqual({ mergedFrom: ['p1'] });
  });

  it('age on a date', () => {
    expect(ageOn({ birthDate: '2010-03-09' }, '2026-03-08')).toBe(15);
    expect(ageOn({ birthDate: '2010-03-09' }, '2026-03-09')).toBe(16);
  });
});
