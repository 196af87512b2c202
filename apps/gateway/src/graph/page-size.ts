import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';

/** Arguments (and input fields) that ask for a page of that many items. */
const PAGE_ARGUMENTS = new Set(['first', 'last', 'limit']);

/** A page size the operation asks for; `fromDefault` when no one wrote it (a variable's or the schema's default). */
export interface PageSize {
  name: string;
  value: number;
  fromDefault?: 'variable' | 'schema';
}

/**
 * Every page size the operation asks for: written in it, given as a variable, the default of a
 * variable the request leaves out, and — given the schema — the default of a page argument the
 * operation leaves out (`regions(under: …)` asks for its `first`'s default).
 */
export function pageSizesOf(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  schema?: GraphQLSchema,
): PageSize[] {
  const found: PageSize[] = [];
  const defaults = new Map<string, unknown>();
  for (const def of document.definitions)
    if (def.kind === Kind.OPERATION_DEFINITION)
      for (const v of def.variableDefinitions ?? [])
        if (v.defaultValue) defaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue));
  /** A variable's value: the request's, else its default (undefined when neither is there). */
  const variable = (name: string): { value: unknown; fromDefault?: 'variable' } =>
    variables[name] !== undefined
      ? { value: variables[name] }
      : { value: defaults.get(name), fromDefault: defaults.has(name) ? 'variable' : undefined };

  const fromJson = (value: unknown, fromDefault?: 'variable'): void => {
    if (Array.isArray(value)) value.forEach((v) => fromJson(v, fromDefault));
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (PAGE_ARGUMENTS.has(key) && typeof inner === 'number')
          found.push({ name: key, value: inner, ...(fromDefault && { fromDefault }) });
        else fromJson(inner, fromDefault);
      }
  };
  const fromValue = (name: string | null, node: ValueNode): void => {
    switch (node.kind) {
      case Kind.INT:
      case Kind.FLOAT:
        if (name && PAGE_ARGUMENTS.has(name)) found.push({ name, value: Number(node.value) });
        return;
      case Kind.VARIABLE: {
        const { value, fromDefault } = variable(node.name.value);
        if (name && PAGE_ARGUMENTS.has(name) && typeof value === 'number')
          found.push({ name, value, ...(fromDefault && { fromDefault }) });
        else fromJson(value, fromDefault);
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
  /** A page argument left out (or given a variable with no value) takes the schema's default. */
  const given = (arg: { value: ValueNode } | undefined) =>
    arg && (arg.value.kind !== Kind.VARIABLE || variable(arg.value.name.value).value !== undefined);

  const typeInfo = schema ? new TypeInfo(schema) : null;
  const visitor = {
    Field(node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }) {
      const field = typeInfo?.getFieldDef();
      for (const arg of field?.args ?? []) {
        if (!PAGE_ARGUMENTS.has(arg.name) || typeof arg.defaultValue !== 'number') continue;
        if (!given(node.arguments?.find((a) => a.name.value === arg.name)))
          found.push({ name: arg.name, value: arg.defaultValue, fromDefault: 'schema' });
      }
    },
    Argument(node: { name: { value: string }; value: ValueNode }) {
      fromValue(node.name.value, node.value);
      return false;
    },
  };
  visit(document, typeInfo ? visitWithTypeInfo(typeInfo, visitor) : visitor);
  return found;
}

const DEFAULT_NOTE = {
  variable: ' (the default of a variable the request leaves out)',
  schema: ' (the field’s default: give it a smaller value)',
};

/**
 * MAX_PAGE_SIZE: an operation asking for a page larger than the limit (an argument or input field
 * named first, last or limit, written in the query, given as a variable, or left to a variable's or
 * the schema's default) is refused with PAGE_SIZE_TOO_LARGE after it is validated and before it is
 * planned, so no subgraph is called.
 */
export function pageSizeLimit(maxPageSize: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema }) {
          const over = pageSizesOf(document, request.variables ?? {}, schema).find(
            (p) => p.value > maxPageSize,
          );
          if (!over) return;
          throw new GraphQLError(
            `"${over.name}" asks for ${over.value} items${over.fromDefault ? DEFAULT_NOTE[over.fromDefault] : ''}; ` +
              `at most ${maxPageSize} may be asked for at once: page through the rest`,
            {
              extensions: {
                code: 'PAGE_SIZE_TOO_LARGE',
                argument: over.name,
                maxPageSize,
                ...(over.fromDefault && { fromDefault: over.fromDefault }),
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
