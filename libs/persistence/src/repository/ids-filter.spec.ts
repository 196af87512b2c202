import { idsFilter } from './ids-filter';

describe('idsFilter', () => {
  it('asks for one id by equality (what FerretDB hands to PostgreSQL)', () => {
    expect(idsFilter(['a'])).toEqual({ _id: 'a' });
    expect(idsFilter(['a', 'a'])).toEqual({ _id: 'a' });
  });

  it('asks for more ids with one $in, each once', () => {
    expect(idsFilter(['a', 'b', 'a'])).toEqual({ _id: { $in: ['a', 'b'] } });
    expect(idsFilter([])).toEqual({ _id: { $in: [] } });
  });
});
