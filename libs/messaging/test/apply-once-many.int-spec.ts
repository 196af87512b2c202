import { connectTestDatabase, dropTestDatabase, uniqueName } from '@qz/testing';
import type { Connection } from 'mongoose';
import { applyOnce, applyOnceMany, withDocumentLease, type ApplyOnceItem } from '../src';

const set = (docId: string, eventId: string, n: number): ApplyOnceItem => ({
  docId,
  eventId,
  update: { $set: { n, last: eventId }, $setOnInsert: { first: eventId } },
});

describe('applyOnceMany against the real store', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectTestDatabase(uniqueName('msg_apply_many'));
  });

  afterAll(async () => {
    await dropTestDatabase(connection);
  });

  it('applies each event once, in order per document, new, existing and busy documents alike', async () => {
    const docs = connection.collection('replicas');
    await applyOnce(docs, { _id: 'old' }, set('old', 'e0', 0).update, 'e0', { upsert: true });
    const batch = [
      set('a', 'e1', 1),
      set('old', 'e2', 2),
      set('b', 'e3', 3),
      set('a', 'e4', 4), // a's second event, after its first
      set('busy', 'e5', 5),
      { docId: 'c', eventId: 'e6', update: { $inc: { n: 6 } } }, // not a plain $set: through applyOnce
    ];
    // Another writer holds `busy` for a moment: its event waits for the lease instead of the insert.
    let release!: () => void;
    const held = withDocumentLease(docs, 'busy', () => new Promise<void>((r) => (release = r)));
    await new Promise((r) => setTimeout(r, 50));
    const applying = applyOnceMany(docs, batch, { upsert: true });
    setTimeout(() => release(), 300);
    await held;
    expect(await applying).toBe(6);

    const byId = Object.fromEntries((await docs.find().toArray()).map((d) => [d._id, d]));
    expect(byId['a']).toMatchObject({ n: 4, first: 'e1', last: 'e4', appliedEventIds: ['e1', 'e4'] });
    expect(byId['old']).toMatchObject({ n: 2, first: 'e0', last: 'e2', appliedEventIds: ['e0', 'e2'] });
    expect(byId['b']).toMatchObject({ n: 3, first: 'e3', appliedEventIds: ['e3'] });
    expect(byId['busy']).toMatchObject({ n: 5, first: 'e5', appliedEventIds: ['e5'] });
    expect(byId['c']).toMatchObject({ n: 6, appliedEventIds: ['e6'] });

    // The same chunk delivered again changes nothing.
    expect(await applyOnceMany(docs, batch, { upsert: true })).toBe(0);
    const again = Object.fromEntries((await docs.find().toArray()).map((d) => [d._id, d]));
    expect(again).toEqual(byId);
  });

  it('creates new documents in the insert and leaves every other event to the caller’s `apply`', async () => {
    const docs = connection.collection('decided');
    await applyOnce(docs, { _id: 'kept' }, set('kept', 'k0', 9).update, 'k0', { upsert: true });
    const batch = [set('new', 'k1', 1), set('kept', 'k2', 2), set('new', 'k3', 3)];
    const given: string[] = [];
    // The caller decides from what the document holds: a lower n than the stored one changes nothing.
    const apply = async (item: ApplyOnceItem) => {
      given.push(item.eventId);
      const held = await docs.findOne({ _id: item.docId as never });
      const n = (item.update.$set as { n: number }).n;
      const update = held && held['n'] > n ? {} : item.update;
      return applyOnce(docs, { _id: item.docId }, update, item.eventId, { upsert: true });
    };
    expect(await applyOnceMany(docs, batch, { upsert: true, apply })).toBe(3);
    expect(given).toEqual(['k2', 'k3']); // k1 created `new` in the insert
    const byId = Object.fromEntries((await docs.find().toArray()).map((d) => [d._id, d]));
    expect(byId['new']).toMatchObject({ n: 3, first: 'k1', appliedEventIds: ['k1', 'k3'] });
    expect(byId['kept']).toMatchObject({ n: 9, first: 'k0', appliedEventIds: ['k0', 'k2'] });
  });
});

describe('applyOnce keeps a bounded record of applied events (real store)', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await connectTestDatabase(uniqueName('msg_apply_kept'));
  });

  afterAll(async () => {
    await dropTestDatabase(connection);
  });

  it('remembers the latest events, forgets the oldest, and still refuses a recent one', async () => {
    const docs = connection.collection('counters');
    for (let i = 0; i < 230; i++) {
      expect(await applyOnce(docs, { _id: 'one' }, { $inc: { n: 1 } }, `e${i}`, { upsert: true })).toBe(true);
    }
    const doc = await docs.findOne({ _id: 'one' as never });
    expect(doc?.n).toBe(230);
    const ids = doc?.appliedEventIds as string[];
    expect(ids.length).toBeGreaterThanOrEqual(100);
    expect(ids.length).toBeLessThanOrEqual(200);
    expect(ids[ids.length - 1]).toBe('e229');
    expect(ids).not.toContain('e0');
    expect(await applyOnce(docs, { _id: 'one' }, { $inc: { n: 1 } }, 'e200', { upsert: true })).toBe(false);
    expect((await docs.findOne({ _id: 'one' as never }))?.n).toBe(230);
  });
});
