import { parse } from 'graphql';
import { pageSizesOf } from './page-size';

describe('issue 8 §5: the page size an operation asks for (MAX_PAGE_SIZE)', () => {
  it('reads first, last and limit written as literals, in arguments and in input objects', () => {
    const doc = parse(
      '{ children(filter: { regionCode: "450702" }, first: 50) { totalCount } a: log(page: { limit: 300 }) { id } b: x(last: 7) }',
    );
    expect(pageSizesOf(doc)).toEqual([
      { name: 'first', value: 50 },
      { name: 'limit', value: 300 },
      { name: 'last', value: 7 },
    ]);
  });

  it('reads them from variables, whole or inside an input object variable', () => {
    const doc = parse('query ($n: Int!, $p: PageInput) { children(first: $n) { id } log(page: $p) { id } }');
    expect(pageSizesOf(doc, { n: 1000, p: { limit: 201, offset: 5 } })).toEqual([
      { name: 'first', value: 1000 },
      { name: 'limit', value: 201 },
    ]);
  });

  it('ignores other numbers and page arguments left out', () => {
    const doc = parse(
      'query ($n: Int) { children(first: $n, offset: 1000) { id } region(code: "1") { code } }',
    );
    expect(pageSizesOf(doc, {})).toEqual([]);
  });
});
