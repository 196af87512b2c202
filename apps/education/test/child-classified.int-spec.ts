import type { INestApplication } from '@nestjs/common';
import { ChildClassifiedV1, createEvent, type ChildClassifiedPayload } from '@qz/contracts';
import { ManualClock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { type InProcessService, startInProcess } from '@qz/testing';
import type { Connection } from 'mongoose';
import { ChildReplicaHandler } from '@qz/child-replica';

/**
 * The consumer of registry.child.classified.v1 (the child replica, with education's aid listener),
 * in-process against the real store: a redelivered event changes nothing, a later classification
 * replaces the categories and withdraws aid that no longer applies, an older one arriving late
 * changes nothing.
 */
describe('education: consuming the registry’s classification', () => {
  let svc: InProcessService;
  let app: INestApplication;
  let db: Connection;
  const actor = { kind: 'system' as const, id: 'registry:test' };
  const classified = (childId: string, payload: Partial<ChildClassifiedPayload>) =>
    createEvent(ChildClassifiedV1, {
      subject: childId,
      regionCode: '450702',
      actor,
      payload: {
        childId,
        categories: [],
        added: [],
        removed: [],
        leftBehind: false,
        inDifficulty: false,
        protectedAsChildInDifficulty: false,
        reason: '核实',
        ...payload,
      },
    });

  beforeAll(async () => {
    svc = await startInProcess('education', () => import('../src/app.module').then((m) => m.AppModule), {
      overrides: [[CLOCK, new ManualClock('2026-11-29T02:00:00Z')]],
    });
    app = svc.app;
    db = svc.db;
  });

  afterAll(async () => {
    await svc?.stop();
  });

  it('applies an event once: a redelivery changes nothing and proposes nothing twice', async () => {
    const handler = app.get(ChildReplicaHandler);
    const event = classified('c-orphan', { categories: ['ORPHAN'], added: ['ORPHAN'], inDifficulty: true });
    await handler.onChildClassified([event]);
    await handler.onChildClassified([event]);
    const categories = await db.collection('child_replicas').findOne({ _id: 'c-orphan' as never });
    expect(categories).toMatchObject({
      categories: ['ORPHAN'],
      inDifficulty: true,
      appliedEventIds: [event.id],
    });
    const proposals = await db.collection('aid_proposals').find({ childId: 'c-orphan' }).toArray();
    expect(proposals).toEqual([expect.objectContaining({ kind: 'FREE_TWELVE_YEARS', status: 'PROPOSED' })]);
  });

  it('a later classification replaces the categories and withdraws aid no longer supported, proposing the new one', async () => {
    const handler = app.get(ChildReplicaHandler);
    await handler.onChildClassified([
      classified('c-dibao', { categories: ['POVERTY_DIBAO'], added: ['POVERTY_DIBAO'], inDifficulty: true }),
    ]);
    await handler.onChildClassified([
      classified('c-dibao', {
        categories: ['POVERTY_DIBAO', 'DISABLED'],
        added: ['DISABLED'],
        inDifficulty: true,
        reason: '残疾证',
      }),
    ]);
    const byKind = Object.fromEntries(
      (await db.collection('aid_proposals').find({ childId: 'c-dibao' }).toArray()).map((p) => [p.kind, p]),
    );
    expect(byKind.CLASSIFIED_AID).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnReason: expect.stringContaining('残疾证'),
    });
    expect(byKind.FREE_TWELVE_YEARS).toMatchObject({
      status: 'PROPOSED',
      basis: ['DISABLED', 'POVERTY_DIBAO'],
    });
    const categories = await db.collection('child_replicas').findOne({ _id: 'c-dibao' as never });
    expect(categories?.categories).toEqual(['POVERTY_DIBAO', 'DISABLED']);
  });

  it('a classification older than the one kept (by the registry’s revision) arriving late changes nothing', async () => {
    const handler = app.get(ChildReplicaHandler);
    const newer = classified('c-late', {
      categories: ['ORPHAN'],
      added: ['ORPHAN'],
      inDifficulty: true,
      revision: 5,
    });
    const older = classified('c-late', { categories: [], removed: ['ORPHAN'], revision: 4, reason: '旧' });
    await handler.onChildClassified([newer]);
    await handler.onChildClassified([older]);
    const kept = await db.collection('child_replicas').findOne({ _id: 'c-late' as never });
    expect(kept).toMatchObject({ categories: ['ORPHAN'], categoriesStamp: { revision: 5 } });
    const proposals = await db.collection('aid_proposals').find({ childId: 'c-late' }).toArray();
    expect(proposals).toEqual([expect.objectContaining({ kind: 'FREE_TWELVE_YEARS', status: 'PROPOSED' })]);
  });

  it('a chunk of classifications at once: each child’s in their order (the later one kept), others beside them', async () => {
    const handler = app.get(ChildReplicaHandler);
    const first = classified('c-chunk-a', {
      categories: ['POVERTY_DIBAO'],
      added: ['POVERTY_DIBAO'],
      inDifficulty: true,
      revision: 1,
    });
    const second = classified('c-chunk-a', {
      categories: ['ORPHAN'],
      added: ['ORPHAN'],
      removed: ['POVERTY_DIBAO'],
      inDifficulty: true,
      revision: 2,
      reason: '父母死亡证明',
    });
    const stale = classified('c-chunk-b', { categories: [], revision: 1, reason: '旧' });
    const other = classified('c-chunk-b', {
      categories: ['ORPHAN'],
      added: ['ORPHAN'],
      inDifficulty: true,
      revision: 3,
    });
    await handler.onChildClassified([first, other, second, stale]);
    // delivered again, the whole chunk changes nothing
    await handler.onChildClassified([first, other, second, stale]);
    const a = await db.collection('child_replicas').findOne({ _id: 'c-chunk-a' as never });
    expect(a).toMatchObject({ categories: ['ORPHAN'], categoriesStamp: { revision: 2 } });
    expect(a?.appliedEventIds).toEqual([first.id, second.id]);
    const b = await db.collection('child_replicas').findOne({ _id: 'c-chunk-b' as never });
    expect(b).toMatchObject({ categories: ['ORPHAN'], categoriesStamp: { revision: 3 } });
    const statusOf = async (childId: string) =>
      Object.fromEntries(
        (await db.collection('aid_proposals').find({ childId }).toArray()).map((p) => [p.kind, p.status]),
      );
    expect(await statusOf('c-chunk-a')).toEqual({
      CLASSIFIED_AID: 'WITHDRAWN',
      FREE_TWELVE_YEARS: 'PROPOSED',
    });
    expect(await statusOf('c-chunk-b')).toEqual({ FREE_TWELVE_YEARS: 'PROPOSED' });
  });
});
