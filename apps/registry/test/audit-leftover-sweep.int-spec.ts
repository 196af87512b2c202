import { localDateInChina } from '@qz/kernel';
import { aUser, DEMO_VILLAGE, waitFor } from '@qz/testing';
import { codesOf as codes, registryWithAChild } from './registry-with-a-child';

/**
 * Issue 16 (fail closed), what follows: a change that committed but whose final access record
 * could not be written leaves its reservation; the leftover sweep (the periodic-task runner, here
 * every second with no grace) publishes it to the access log, against the real store and broker.
 * The store refuses the final record with a unique index on `userId` (the reservation is already
 * there); the sweep turns the reservation itself into the record, which the index does not refuse.
 */
describe('registry: reservations left by unfinished changes are published (issue 16, fail closed)', () => {
  let registry: Awaited<ReturnType<typeof registryWithAChild>>;
  let childId: string;
  const officer = aUser('CIVIL_AFFAIRS_OFFICER', '450702');
  const supervisor = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE, { userId: 'test-leftover-supervisor' });
  const records = () => registry.records();
  const log = () => registry.svc.db.collection('access_log');

  beforeAll(async () => {
    registry = await registryWithAChild(officer, {
      ACCESS_LEFTOVER_GRACE_SECONDS: '0',
      ACCESS_LEFTOVER_SWEEP_SECONDS: '1',
    });
    childId = registry.childId;
    await records().createIndex({ userId: 1 }, { unique: true, name: 'test_one_access_record_per_user' });
  }, 120_000);

  afterAll(async () => {
    await registry?.svc.stop();
  });

  it('a visit whose final record failed reaches the access log from its reservation, once', async () => {
    const res = await registry.as(
      supervisor,
      `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`,
      {
        input: {
          childId,
          kind: 'HOME_VISIT',
          visitedOn: localDateInChina(new Date()),
          visitorName: '覃督导',
          findings: '祖母照料，情况良好',
        },
      },
    );
    expect(codes(res)).toEqual(['AUDIT_UNAVAILABLE']);
    const entry = await waitFor('the visit’s CHANGE in the access log', () =>
      log().findOne({ userId: supervisor.userId, action: 'CHANGE' }),
    );
    expect(entry).toMatchObject({
      childIds: [childId],
      operation: 'recordVisit',
      service: 'registry',
      department: supervisor.department,
      roles: ['VILLAGE_SUPERVISOR'],
      userRegionCode: DEMO_VILLAGE,
    });
    const [record, ...more] = await records().find({ userId: supervisor.userId }).toArray();
    expect(more).toEqual([]);
    expect(record).toMatchObject({ leftover: 'PUBLISHED', action: 'CHANGE', childIds: [childId] });
    expect(record['pending']).toBeUndefined();
    await waitFor('the record’s outbox to be emptied', async () =>
      (await records().findOne({ _id: record._id }))?.['outboxPending'] === false ? true : null,
    );
    expect(await log().countDocuments({ userId: supervisor.userId })).toBe(1);
  });

  it('a reservation naming no child, or no person, stays as the trace, marked; one not old enough is left alone', async () => {
    const user = {
      userId: 'u',
      department: 'CIVIL_AFFAIRS',
      roles: ['CIVIL_AFFAIRS_OFFICER'],
      regionCode: '450702',
    };
    const reservation = (userId: string, at: Date, extra: object) => ({
      _id: `test-${userId}` as never,
      pending: true,
      action: 'CHANGE',
      operation: 'registerChild',
      userId,
      purpose: null,
      at,
      ...extra,
    });
    const later = new Date(Date.now() + 3_600_000);
    await records().insertOne(
      reservation('still-running', later, {
        user: { ...user, userId: 'still-running' },
        childIds: [childId],
        children: [{ childId, fields: [] }],
      }),
    );
    await records().insertMany([
      reservation('no-child', new Date(), {
        user: { ...user, userId: 'no-child' },
        childIds: [],
        children: [],
      }),
      reservation('no-person', new Date(), { childIds: [childId], children: [{ childId, fields: [] }] }),
    ]);
    const marked = await waitFor('both to be marked', async () => {
      const docs = await records().find({ leftover: 'NOT_PUBLISHABLE' }).toArray();
      return docs.length === 2 ? docs : null;
    });
    expect(marked.map((d) => d['userId']).sort()).toEqual(['no-child', 'no-person']);
    expect(marked.every((d) => d['pending'] === true && !d['outbox'])).toBe(true);
    // The run that marked them saw the one reserved in the future too, and left it.
    const running = await records().findOne({ userId: 'still-running' });
    expect(running).toMatchObject({ pending: true });
    expect(running?.['leftover']).toBeUndefined();
  });
});
