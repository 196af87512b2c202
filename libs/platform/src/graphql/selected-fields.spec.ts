import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectsField } from './selected-fields';

/** The resolve info of the query's first top-level field, as graphql-js gives it. */
function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsField: whether a list query asks for its total', () => {
  it('sees the field itself and through an alias', () => {
    expect(selectsField(infoOf('{ children { totalCount edges { node { id } } } }'), 'totalCount')).toBe(
      true,
    );
    expect(selectsField(infoOf('{ children { n: totalCount } }'), 'totalCount')).toBe(true);
  });

  it('sees it inside inline and named fragments (the gateway may send either)', () => {
    expect(selectsField(infoOf('{ children { ... on ChildConnection { totalCount } } }'), 'totalCount')).toBe(
      true,
    );
    expect(
      selectsField(
        infoOf('{ children { ...page } } fragment page on ChildConnection { totalCount }'),
        'totalCount',
      ),
    ).toBe(true);
  });

  it('does not see it when only the page is asked, nor deeper down', () => {
    expect(selectsField(infoOf('{ children { edges { node { id } } } }'), 'totalCount')).toBe(false);
    expect(selectsField(infoOf('{ children { edges { node { totalCount: id } } } }'), 'totalCount')).toBe(
      false,
    );
  });
});
