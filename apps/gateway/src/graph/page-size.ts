import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';

/** Arguments (and input fields) that ask for a page of that many items. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/** Every page size the operation asks for, whether written in it or given as a variable. */
export function pageSizesOf(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): { name: string; value: number }[] {
  const found: { name: string; value: number }[] = [];
  const fromJson = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(fromJson);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (PAGE_ARGUMENTS.has(key) && typeof inner === 'number') found.push({ name: key, value: inner });
        else fromJson(inner);
      }
  };
  const fromValue = (name: string | null, node: ValueNode): void => {
    switch (node.kind) {
      case Kind.INT:
      case Kind.FLOAT:
        if (name && PAGE_ARGUMENTS.has(name)) found.push({ name, value: Number(node.value) });
        return;
      case Kind.VARIABLE: {
        const value = variables[node.name.value];
        if (name && PAGE_ARGUMENTS.has(name) && typeof value === 'number') found.push({ name, value });
        else fromJson(value);
        return;
      }
      case Kind.LIST:
        node.values.forEach((v) => fromValue(name, v));
        return;
      case Kind.OBJECT:
        node.fields.forEach((f) => fromValue(f.name.value, f.value));
        return;
      default:
        return;
    }
  };
  visit(document, {
    Argument(node) {
      fromValue(node.name.value, node.value);
      return false;
    },
  });
  return found;
}

/**
 * MAX_PAGE_SIZE: an operation asking for a page larger than the limit (an argument or input field
 * named first, last or limit, written in the query or given as a variable) is refused with
 * PAGE_SIZE_TOO_LARGE after it is validated and before it is planned, so no subgraph is called.
 */
export function pageSizeLimit(maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const over = pageSizesOf(document, request.variables ?? {}).find((p) => p.value > maxPageSize);
          if (!over) return;
          throw new GraphQLError(
            `"${over.name}" asks for ${over.value} items; at most ${maxPageSize} may be asked for at once: page through the rest`,
            {
              extensions: {
                code: 'PAGE_SIZE_TOO_LARGE',
                argument: over.name,
                maxPageSize,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
