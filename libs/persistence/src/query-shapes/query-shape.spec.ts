import { describeShape, shapesOfCommand } from './query-shape';

const one = (name: string, command: Record<string, unknown>) =>
  describeShape(shapesOfCommand(name, command)[0]);

describe('shapesOfCommand: the query shape of a driver command', () => {
  it('a find: each field with how it narrows, the sort and whether it is limited', () => {
    expect(
      one('find', {
        find: 'children',
        filter: {
          regionPath: '450702',
          mergedInto: null,
          'guardianship.state.situation': { $in: ['A', 'B'] },
          birthDate: { $lte: '2020-01-01', $gt: '2010-01-01' },
          provisional: { $ne: true },
          categoryCodes: { $in: ['ONE'] },
        },
        sort: { _id: 1 },
        limit: 21,
      }),
    ).toBe(
      'children find {regionPath:eq, mergedInto:eq, guardianship.state.situation:in, birthDate:range, provisional:not, categoryCodes:eq} sort {_id:1} limit',
    );
  });

  it("a cursor's sort, which the driver sends as a Map", () => {
    expect(
      one('find', {
        find: 'c',
        filter: { a: 1 },
        sort: new Map([
          ['at', -1],
          ['_id', 1],
        ]),
      }),
    ).toBe('c find {a:eq} sort {at:-1, _id:1}');
  });

  it('$exists: true bounds an index, $exists: false does not; a regex is a range', () => {
    expect(
      one('find', { find: 'c', filter: { a: { $exists: true }, b: { $exists: false }, n: /^45/ } }),
    ).toBe('c find {a:range, b:not, n:range}');
  });

  it('a sub-document compared whole is one value', () => {
    expect(one('find', { find: 'c', filter: { a: { b: 1 } } })).toBe('c find {a:eq}');
  });

  it('$and is flattened; $or becomes alternatives', () => {
    expect(
      one('find', {
        find: 'c',
        filter: { $and: [{ a: 1 }, { b: { $gt: 2 } }], $or: [{ x: true }, { y: 1, z: { $lt: 3 } }] },
      }),
    ).toBe('c find {a:eq, b:range} $or [{x:eq} | {y:eq, z:range}]');
  });

  it('a path segment that is an id (a map keyed by id) is written as *', () => {
    expect(
      one('update', {
        update: 'budgets',
        updates: [
          { q: { _id: 'b', 'reservations.0190a3c4-0000-7000-8000-000000000001': { $exists: false } } },
        ],
      }),
    ).toBe('budgets update {_id:eq, reservations.*:not} limit');
  });

  it('an update, a delete and a findAndModify carry their filters; multi updates are unlimited', () => {
    const updates = shapesOfCommand('update', {
      update: 'c',
      updates: [
        { q: { _id: 'a' }, u: {} },
        { q: { outboxPending: true }, u: {}, multi: true },
      ],
    }).map(describeShape);
    expect(updates).toEqual(['c update {_id:eq} limit', 'c update {outboxPending:eq}']);
    expect(one('delete', { delete: 'c', deletes: [{ q: { outboxPending: false }, limit: 0 }] })).toBe(
      'c delete {outboxPending:eq}',
    );
    expect(one('findAndModify', { findAndModify: 'c', query: { a: 1 }, sort: { at: -1 } })).toBe(
      'c findAndModify {a:eq} sort {at:-1}',
    );
  });

  it("countDocuments' pipeline: the leading $match, and a $limit right after it", () => {
    expect(
      one('aggregate', {
        aggregate: 'c',
        pipeline: [{ $match: { childId: 'x' } }, { $group: { _id: 1, n: { $sum: 1 } } }],
      }),
    ).toBe('c aggregate {childId:eq}');
    expect(
      one('aggregate', {
        aggregate: 'c',
        pipeline: [{ $match: {} }, { $limit: 1 }, { $group: { _id: 1, n: { $sum: 1 } } }],
      }),
    ).toBe('c aggregate {} limit');
  });

  it('commands that narrow nothing by a filter have no shape', () => {
    for (const name of ['insert', 'getMore', 'createIndexes', 'listIndexes', 'hello', 'endSessions'])
      expect(shapesOfCommand(name, { [name]: 'c' })).toEqual([]);
    expect(shapesOfCommand('aggregate', { aggregate: 1, pipeline: [] })).toEqual([]);
  });
});
