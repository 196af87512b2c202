import type { Role } from '@qz/identity';
import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isUnionType,
  print,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import {
  ANY_ID,
  argIsRequired,
  askAs,
  MATRIX_REGIONS,
  sample,
  schemaOf,
  type AccessCase,
  type MatrixPolicy,
} from './access-matrix';
import { aUser } from './test-identities';

/**
 * Values for arguments by name: where the sample would not pass validation (dates of a period), or
 * an optional argument to send (a small `first`, so that a list's nested fields stay few).
 */
export type ArgumentValues = Record<string, unknown>;

/** A field's required arguments, written inline: the given value by name, else the sample. */
function inlineArgs(field: GraphQLField<unknown, unknown>, values: ArgumentValues, region: string): string {
  const args = field.args
    .filter((a) => argIsRequired(a) || a.name in values)
    .map((a) => {
      const value = a.name in values ? values[a.name] : sample(a.type, a.name, region);
      const ast = astFromValue(value, a.type);
      return ast ? `${a.name}: ${print(ast)}` : null;
    });
  return args.length && args.every(Boolean) ? `(${args.join(', ')})` : '';
}

/**
 * Every field of `type`, nested objects `depth` levels down, required arguments inline (`values`
 * by name, else a sample valid for the county 450702).
 */
function selectionOf(type: GraphQLNamedType, depth: number, values: ArgumentValues = {}): string {
  if (isScalarType(type) || isEnumType(type)) return '';
  if (isUnionType(type))
    return `{ __typename ${type
      .getTypes()
      .map((t) => `... on ${t.name} ${selectionOf(t, depth, values)}`)
      .join(' ')} }`;
  if (!isObjectType(type) && !isInterfaceType(type)) return '';
  return `{ __typename ${fieldSelections(type as GraphQLObjectType, depth, values).join(' ')} }`;
}

/**
 * One selection per field of `type`, nested objects `depth` levels down (required arguments
 * inline): every field of a record, to be asked for whole or a field at a time within a gateway's
 * query limits.
 */
export function fieldSelections(
  type: GraphQLObjectType,
  depth: number,
  values: ArgumentValues = {},
): string[] {
  return Object.values(type.getFields()).flatMap((f: GraphQLField<unknown, unknown>) => {
    const args = inlineArgs(f, values, '450702');
    if (f.args.some(argIsRequired) && !args) return [];
    const named = getNamedType(f.type);
    if (isScalarType(named) || isEnumType(named)) return [`${f.name}${args}`];
    if (depth <= 0) return [];
    const inner = selectionOf(named, depth - 1, values);
    return inner ? [`${f.name}${args} ${inner}`] : [];
  });
}

function replaceIds(value: unknown, ids: Record<string, string>, name = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, ids, name));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceIds(v, ids, k)]));
  if (value === ANY_ID) return ids[name] ?? ids[name.replace(/s$/, '')] ?? value;
  return value;
}

/**
 * Runs every query and mutation of the SDL once at each region level as a role the table allows
 * (with a purpose), selecting every field it can (three levels down), and resolves the `Child`
 * and `Region` entities with every field this subgraph adds to them: each resolver and field
 * resolver runs past the guard and sends its queries. For tests of what a service does (the
 * queries it sends), not of who may (that is runAccessMatrix). `ids` replaces the dummy id of
 * arguments by name (e.g. `{ childId: <a known child> }`) so that reads by id find something;
 * `values` gives arguments by name (e.g. a valid period). Returns the operations the table allows
 * nobody (none, when it names every operation).
 */
export async function runEveryOperation(
  url: string,
  sdl: string,
  policy: MatrixPolicy,
  ids: Record<string, string> = {},
  values: ArgumentValues = {},
): Promise<string[]> {
  const schema = schemaOf(sdl);
  const refused: string[] = [];
  const cases: AccessCase[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name.startsWith('_')) continue;
      const args = field.args.filter((a) => argIsRequired(a) || a.name in values);
      const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      cases.push({
        root,
        name: field.name,
        document: `${root === 'Query' ? 'query' : 'mutation'} Every${defs ? `(${defs})` : ''} { ${field.name}${
          call ? `(${call})` : ''
        } ${selectionOf(getNamedType(field.type), 3, values)} }`,
        variables: (region) =>
          replaceIds(
            Object.fromEntries(
              args.map((a) => [a.name, a.name in values ? values[a.name] : sample(a.type, a.name, region)]),
            ),
            ids,
          ) as Record<string, unknown>,
        takesRegion: false,
      });
    }
  }
  // The entities other subgraphs ask this one about: a child and a region, every field it adds.
  const entities: [string, (region: string) => Record<string, string>][] = [
    ['Child', () => ({ id: ids['childId'] ?? ANY_ID })],
    ['Region', (region) => ({ code: region })],
  ];
  for (const [name, key] of entities) {
    const type = schema.getType(name);
    if (type)
      cases.push({
        root: 'Query',
        name: '_entities',
        document: `query Every($r: [_Any!]!) { _entities(representations: $r) { ... on ${name} ${selectionOf(type, 3, values)} } }`,
        variables: (region) => ({ r: [{ __typename: name, ...key(region) }] }),
        takesRegion: false,
      });
  }
  for (const c of cases) {
    const rule = policy.operations[c.name];
    const role = (rule?.roles[0] ?? (c.name === '_entities' ? 'COORDINATOR' : undefined)) as Role | undefined;
    if (!role) {
      refused.push(c.name);
      continue;
    }
    for (const region of MATRIX_REGIONS) {
      const answer = await askAs(url, aUser(role, region, { purpose: '索引测试' }), c, region);
      if (process.env.SHOW_OPERATION_ANSWERS)
        console.log(`${new Date().toISOString()} ${c.name}@${region}: [${answer.codes.join(', ')}]`);
    }
  }
  return refused;
}
