import { buildSchema, parse } from 'graphql';
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

  describe('issue 16 §6: defaults count', () => {
    const schema = buildSchema(`
      type Region { code: String }
      type Query {
        regions(under: String!, first: Int! = 500): [Region!]!
        children(first: Int = 50, after: String): [Region!]!
      }
    `);

    it('reads the default of a variable the request leaves out', () => {
      const doc = parse('query ($n: Int = 1000) { regions(under: "450700", first: $n) { code } }');
      expect(pageSizesOf(doc, {})).toEqual([{ name: 'first', value: 1000, fromDefault: 'variable' }]);
      // a value the request gives wins over the default
      expect(pageSizesOf(doc, { n: 10 })).toEqual([{ name: 'first', value: 10 }]);
    });

    it('reads the default of an input object variable the request leaves out', () => {
      const doc = parse('query ($p: PageInput = { limit: 900 }) { log(page: $p) { id } }');
      expect(pageSizesOf(doc)).toEqual([{ name: 'limit', value: 900, fromDefault: 'variable' }]);
    });

    it('reads the schema’s default of a page argument left out, or given a variable with no value', () => {
      expect(pageSizesOf(parse('{ regions(under: "450700") { code } }'), {}, schema)).toEqual([
        { name: 'first', value: 500, fromDefault: 'schema' },
      ]);
      const viaVariable = parse('query ($n: Int) { children(first: $n) { code } }');
      expect(pageSizesOf(viaVariable, {}, schema)).toEqual([
        { name: 'first', value: 50, fromDefault: 'schema' },
      ]);
      expect(pageSizesOf(viaVariable, { n: 7 }, schema)).toEqual([{ name: 'first', value: 7 }]);
    });

    it('does not add the schema’s default where the operation gives the argument', () => {
      const doc = parse('{ regions(under: "450700", first: 20) { code } }');
      expect(pageSizesOf(doc, {}, schema)).toEqual([{ name: 'first', value: 20 }]);
    });
  });
});
