import { isMutation } from './mutation';

/** Issue 16 §5: a mutation's gateway credential is accepted once, so a subgraph tells mutations apart. */
describe('isMutation (a mutation’s credential is taken once)', () => {
  it.each([
    [{ query: 'mutation { a }' }, true],
    [{ query: 'mutation M($x: ID!) { a(id: $x) }', operationName: 'M' }, true],
    [{ query: 'query Q { a } mutation M { b }', operationName: 'Q' }, true],
    [{ query: '{ mutationsOf(id: "1") { id } }' }, false],
    [{ query: 'query { a(note: "mutation") }' }, false],
    [{ query: 'mutation {' }, false],
    [{}, false],
    [undefined, false],
  ])('%j → %s', (body, expected) => {
    expect(isMutation(body)).toBe(expected);
  });
});
