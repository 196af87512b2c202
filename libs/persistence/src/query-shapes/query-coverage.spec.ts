import { coveredBy, type CoveragePolicy, type DeclaredIndex } from './query-coverage';
import { shapesOfCommand, type QueryShape } from './query-shape';

const find = (filter: Record<string, unknown>, sort?: Record<string, 1 | -1>, limit?: number): QueryShape =>
  shapesOfCommand('find', { find: 'things', filter, sort, limit })[0];

const covered = (shape: QueryShape, indexes: DeclaredIndex[], policy?: CoveragePolicy) =>
  coveredBy(shape, indexes, policy).covered;

describe('coveredBy: the indexes a query needs (ESR rule)', () => {
  it('an equality or $in on _id is a point lookup of the default index, whatever else it narrows', () => {
    expect(covered(find({ _id: 'a', revision: 3 }), [])).toBe(true);
    expect(covered(find({ _id: { $in: ['a', 'b'] }, outboxVersion: 2 }), [])).toBe(true);
  });

  it('a range on _id alone is served by the default index', () => {
    expect(covered(find({ _id: { $gt: 'a' } }, { _id: 1 }, 21), [])).toBe(true);
  });

  it('equality on every key of a unique index is a point lookup', () => {
    const unique = [{ key: { kind: 1, subject: 1, version: 1 }, unique: true }];
    expect(covered(find({ kind: 'a', subject: 'b', version: 2, status: 'x' }), unique)).toBe(true);
    expect(covered(find({ kind: 'a', subject: 'b', status: 'x' }), unique)).toBe(false);
  });

  it('an equality is served by an index that starts with its field', () => {
    expect(covered(find({ childId: 'c' }), [{ key: { childId: 1 } }])).toBe(true);
    expect(covered(find({ childId: 'c' }), [{ key: { schoolId: 1 } }])).toBe(false);
    expect(covered(find({ childId: 'c' }), [{ key: { schoolId: 1, childId: 1 } }])).toBe(false);
  });

  it('equality fields may come in any order in the index, and the index may hold more keys', () => {
    const index = [{ key: { status: 1, regionPath: 1, openedAt: 1 } }];
    expect(covered(find({ regionPath: 'r', status: 'OPEN' }), index)).toBe(true);
  });

  it('every narrowing field must be an index key: one left over is not covered', () => {
    expect(covered(find({ regionPath: 'r', status: 'OPEN' }), [{ key: { regionPath: 1 } }])).toBe(false);
  });

  it('unless the policy lets that field be checked on the documents found (with a reason)', () => {
    const policy = { residuals: [{ collection: 'things', fields: ['status'], reason: 'few per region' }] };
    expect(covered(find({ regionPath: 'r', status: 'OPEN' }), [{ key: { regionPath: 1 } }], policy)).toBe(
      true,
    );
    const elsewhere = { residuals: [{ collection: 'others', fields: ['status'], reason: 'x' }] };
    expect(covered(find({ regionPath: 'r', status: 'OPEN' }), [{ key: { regionPath: 1 } }], elsewhere)).toBe(
      false,
    );
  });

  it('$ne, $nin and $exists: false never need a key (no index narrows them)', () => {
    expect(covered(find({ _id: 'a', appliedEventIds: { $ne: 'e' } }), [])).toBe(true);
    expect(covered(find({ childId: 'c', provisional: { $ne: true } }), [{ key: { childId: 1 } }])).toBe(true);
    expect(covered(find({ childId: 'c', 'a.b': { $exists: false } }), [{ key: { childId: 1 } }])).toBe(true);
  });

  it('the sort must come from the index right after the equality fields (no sort in memory)', () => {
    const q = find({ childId: 'c' }, { _id: -1 }, 21);
    expect(covered(q, [{ key: { childId: 1, _id: -1 } }])).toBe(true);
    expect(covered(q, [{ key: { childId: 1, _id: 1 } }])).toBe(true); // walked backwards
    expect(covered(q, [{ key: { childId: 1 } }])).toBe(false);
    expect(covered(q, [{ key: { childId: 1, status: 1, _id: -1 } }])).toBe(false);
  });

  it('a sort on two fields needs them in order and in one direction (or both reversed)', () => {
    const q = find({ regionPath: 'r' }, { level: 1, _id: -1 });
    expect(covered(q, [{ key: { regionPath: 1, level: 1, _id: -1 } }])).toBe(true);
    expect(covered(q, [{ key: { regionPath: 1, level: -1, _id: 1 } }])).toBe(true);
    expect(covered(q, [{ key: { regionPath: 1, level: 1, _id: 1 } }])).toBe(false);
    expect(covered(q, [{ key: { regionPath: 1, _id: -1, level: 1 } }])).toBe(false);
  });

  it('a sort field fixed by an equality needs no key', () => {
    expect(covered(find({ regionCode: 'r' }, { regionCode: 1 }), [{ key: { regionCode: 1 } }])).toBe(true);
  });

  it('the range field goes after the sort: E, S, R', () => {
    const q = find({ jobId: 'j', row: { $gt: 10 } }, { _id: 1 }, 100);
    expect(covered(q, [{ key: { jobId: 1, _id: 1, row: 1 } }])).toBe(true);
    expect(covered(q, [{ key: { jobId: 1, row: 1, _id: 1 } }])).toBe(false);
  });

  it('a range on the sort field is served by the sort key', () => {
    const q = find({ childId: 'c', _id: { $lt: 'x' } }, { _id: -1 }, 21);
    expect(covered(q, [{ key: { childId: 1, _id: -1 } }])).toBe(true);
  });

  it('without a sort, the range fields follow the equality fields', () => {
    const q = find({ categoryCodes: 'DIBAO', dibaoUntil: { $lt: '2026-01-01' } });
    expect(covered(q, [{ key: { categoryCodes: 1, dibaoUntil: 1 } }])).toBe(true);
    expect(covered(q, [{ key: { dibaoUntil: 1, categoryCodes: 1 } }])).toBe(true);
  });

  it('$in counts as equality: the sort can follow it', () => {
    const q = find({ childId: { $in: ['a', 'b'] } }, { _id: 1 });
    expect(covered(q, [{ key: { childId: 1, _id: 1 } }])).toBe(true);
  });

  it('an index that only sorts is not enough when the query narrows by other fields', () => {
    expect(covered(find({ status: 'OPEN' }, { _id: 1 }, 10), [])).toBe(false);
  });

  it('an empty filter reads the whole collection: not covered without a limit', () => {
    const all = find({});
    expect(coveredBy(all, [{ key: { status: 1 } }])).toEqual({
      covered: false,
      why: 'things find {}: reads the whole collection',
    });
  });

  it('an empty filter with a limit reads the first documents; with a sort, an index must give it', () => {
    expect(covered(find({}, undefined, 1), [])).toBe(true);
    expect(covered(find({}, { _id: 1 }, 10), [])).toBe(true);
    expect(covered(find({}, { at: -1 }, 10), [])).toBe(false);
    expect(covered(find({}, { at: -1 }, 10), [{ key: { at: 1 } }])).toBe(true);
  });

  it('a collection scan passes only when the policy names it, with the fields it narrows by', () => {
    const policy = { scans: [{ collection: 'things', filter: [], reason: 'a dozen reference rows' }] };
    expect(coveredBy(find({}), [], policy)).toEqual({
      covered: true,
      by: 'allowed scan: a dozen reference rows',
    });
    expect(covered(find({ status: 'x' }), [], policy)).toBe(false);
  });

  it('an $or is covered when every alternative, with the predicates beside it, is', () => {
    const q = find({
      mergedInto: null,
      $or: [{ leftBehind: true }, { categoryCodes: 'DIBAO', dibaoUntil: { $lt: '2026-01-01' } }],
    });
    const both = [
      { key: { leftBehind: 1, mergedInto: 1 } },
      { key: { categoryCodes: 1, mergedInto: 1, dibaoUntil: 1 } },
    ];
    expect(covered(q, both)).toBe(true);
    const one = coveredBy(q, [both[0]]);
    expect(one.covered).toBe(false);
    expect(!one.covered && one.why).toContain('$or alternative {mergedInto, categoryCodes, dibaoUntil}');
  });

  it('says which index the ESR rule would give when none serves the query', () => {
    const result = coveredBy(find({ regionPath: 'r', at: { $gte: 'x' }, status: 'OPEN' }, { _id: 1 }), []);
    expect(!result.covered && result.why).toContain('ESR would be {regionPath:1, status:1, _id:1, at:1}');
  });
});
