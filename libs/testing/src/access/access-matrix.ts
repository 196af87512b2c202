import { IDENTITY_HEADER, ROLE_NAMES, type Identity, type Role } from '@qz/identity';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { aUser, gatewayCredential } from './test-identities';

/** The shape of a subgraph's policy table the matrix reads (see @qz/platform's PolicyTable). */
export interface MatrixPolicy {
  operations: Record<string, { roles: readonly string[]; purposeFrom?: readonly string[] }>;
}

export interface AccessCase {
  root: 'Query' | 'Mutation';
  name: string;
  document: string;
  /** Variables for a user of `region`: region arguments name that region. */
  variables: (region: string) => Record<string, unknown>;
  /** The operation names a region in its arguments (so it can be asked about another region). */
  takesRegion: boolean;
}

/** The three levels the matrix runs every role at: the city, a county, a village of that county. */
export const MATRIX_REGIONS = ['450700', '450702', '450702100201'] as const;
/** A county outside MATRIX_REGIONS' county: asked about by its users, every answer must be refused. */
export const OTHER_COUNTY = '450703';

const REGION_ARG = /^(regionCode|region|under|countyCode|townshipCode|villageCode)$/;
export const ANY_ID = '00000000-0000-7000-8000-000000000000';

/** Parses a subgraph's committed SDL (federation directives stripped of meaning) into a schema. */
export function schemaOf(sdl: string): GraphQLSchema {
  const withoutLinks = sdl.replace(
    /^extend schema[\s\S]*?(?=\n\n|\ndirective|\ntype|\nscalar|\nenum|\ninput)/m,
    '',
  );
  const federation = `
    scalar _Any scalar FieldSet scalar link__Import scalar federation__Scope scalar federation__Policy
    directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
    directive @shareable on OBJECT | FIELD_DEFINITION
    directive @external on OBJECT | FIELD_DEFINITION
    directive @requires(fields: FieldSet!) on FIELD_DEFINITION
    directive @provides(fields: FieldSet!) on FIELD_DEFINITION
    directive @extends on OBJECT | INTERFACE
    directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
    directive @tag(name: String!) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
    directive @override(from: String!) on FIELD_DEFINITION
    directive @interfaceObject on OBJECT
    directive @composeDirective(name: String!) repeatable on SCHEMA
    directive @link(url: String, as: String, for: String, import: [String]) repeatable on SCHEMA
  `;
  const declared = new Set([...sdl.matchAll(/^(?:scalar|directive @)(\w+)/gm)].map((m) => m[1]));
  const extra = federation
    .split('\n')
    .filter((line) => {
      const m = /(?:scalar |directive @)(\w+)/.exec(line);
      return !m || !declared.has(m[1]);
    })
    .join('\n');
  return buildSchema(`${extra}\n${withoutLinks}`, { assumeValidSDL: true });
}

/** A value every scalar coerces: resolvers and validation see it, the guard runs before them. */
export function sample(type: GraphQLInputType, name: string, region: string, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name, region, depth);
  if (isListType(type)) return [sample(type.ofType, name, region, depth + 1)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    if (depth > 5) return value;
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = sample(field.type, field.name, region, depth + 1);
    }
    return value;
  }
  if (isScalarType(type)) {
    if (REGION_ARG.test(name)) return region;
    switch (type.name) {
      case 'ID':
        return ANY_ID;
      case 'Int':
      case 'Fen':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return false;
      case 'DateTime':
        return '2026-01-05T08:00:00.000Z';
      default:
        return /date|Date|On$/.test(name) ? '2026-01-05' : 'x';
    }
  }
  return null;
}

export const argIsRequired = (a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined;

function namesRegion(type: GraphQLInputType, name: string, depth = 0): boolean {
  if (REGION_ARG.test(name)) return true;
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 3) return false;
  return Object.values(named.getFields()).some(
    (f) => isNonNullType(f.type) && namesRegion(f.type, f.name, depth + 1),
  );
}

/** One case per root query and mutation of the SDL (federation's own fields left out). */
export function accessCases(sdl: string): AccessCase[] {
  const schema = schemaOf(sdl);
  const cases: AccessCase[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = root === 'Query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[]) {
      if (field.name.startsWith('_')) continue;
      const args = field.args.filter(argIsRequired);
      const defs = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const leaf = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type));
      const document = print(
        parse(
          `${root === 'Query' ? 'query' : 'mutation'} Matrix${defs ? `(${defs})` : ''} { ${field.name}${
            call ? `(${call})` : ''
          }${leaf ? '' : ' { __typename }'} }`,
        ),
      );
      cases.push({
        root,
        name: field.name,
        document,
        variables: (region) => Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name, region)])),
        takesRegion: args.some((a) => namesRegion(a.type, a.name)),
      });
    }
  }
  return cases;
}

export interface MatrixAnswer {
  codes: string[];
}

/** Sends one case straight to the subgraph as the gateway would for `user`. */
export async function askAs(
  url: string,
  user: Identity,
  c: AccessCase,
  region: string,
): Promise<MatrixAnswer> {
  const sent = JSON.stringify({ query: c.document, variables: c.variables(region) });
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      [IDENTITY_HEADER]: await gatewayCredential(user, url, sent),
    },
    body: sent,
  });
  const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE') };
}

const DENIALS = ['FORBIDDEN', 'PURPOSE_REQUIRED', 'OUT_OF_REGION', 'UNAUTHENTICATED'];

/**
 * What the policy table says of a role for an operation, and whether an answer agrees. A denied
 * role must get FORBIDDEN (PURPOSE_REQUIRED when only the purpose is missing); an allowed role must
 * get no denial at all (validation or not-found errors from the dummy arguments are expected).
 */
export function verdictOf(policy: MatrixPolicy, op: string, role: Role, withPurpose: boolean) {
  const rule = policy.operations[op];
  if (!rule || !rule.roles.includes(role)) return 'FORBIDDEN';
  if (rule.purposeFrom?.includes(role) && !withPurpose) return 'PURPOSE_REQUIRED';
  return 'ALLOWED';
}

export function agrees(expected: string, answer: MatrixAnswer): boolean {
  if (expected === 'ALLOWED') return !answer.codes.some((c) => DENIALS.includes(c));
  return answer.codes.includes(expected);
}

/** Every (role, region) user of the matrix, with a purpose stated. */
export const matrixUsers = (): Identity[] =>
  ROLE_NAMES.flatMap((role) =>
    MATRIX_REGIONS.map((region) => aUser(role, region, { purpose: '访问矩阵测试' })),
  );

/**
 * Runs the whole matrix against a running subgraph and returns every disagreement with the
 * policy table (an empty list when the subgraph does what its table says):
 * - every operation of the SDL is named in the table, and the table names nothing else;
 * - every role at each of the three region levels gets exactly what the table allows;
 * - a role allowed only with a purpose is refused without one;
 * - an operation that names a region refuses a user of another county.
 */
export async function runAccessMatrix(url: string, sdl: string, policy: MatrixPolicy): Promise<string[]> {
  const problems: string[] = [];
  const cases = accessCases(sdl);
  const names = new Set(cases.map((c) => c.name));
  for (const c of cases)
    if (!policy.operations[c.name]) problems.push(`${c.name}: no rule in the policy table`);
  // Federation's own fields (`_entities`, `_service`) are not in the committed SDL; a table may
  // name them (a subgraph that resolves references through its own resolvers must).
  for (const op of Object.keys(policy.operations))
    if (!names.has(op) && !op.startsWith('_'))
      problems.push(`${op}: in the policy table but not an operation of the schema`);

  const jobs: ((out: string[]) => Promise<void>)[] = [];
  for (const c of cases) {
    for (const user of matrixUsers()) {
      const role = user.roles[0];
      jobs.push(async (out) => {
        const expected = verdictOf(policy, c.name, role, true);
        const answer = await askAs(url, user, c, user.regionCode);
        if (!agrees(expected, answer))
          out.push(
            `${c.name} as ${role}@${user.regionCode}: expected ${expected}, got [${answer.codes.join(', ')}]`,
          );
      });
    }
    const rule = policy.operations[c.name];
    for (const role of rule?.purposeFrom ?? []) {
      jobs.push(async (out) => {
        const answer = await askAs(url, aUser(role as Role, '450702'), c, '450702');
        if (!agrees(verdictOf(policy, c.name, role as Role, false), answer))
          out.push(
            `${c.name} as ${role} without a purpose: expected PURPOSE_REQUIRED, got [${answer.codes.join(', ')}]`,
          );
      });
    }
    const allowed = rule?.roles.find((r) => !rule.purposeFrom?.includes(r));
    if (c.takesRegion && allowed) {
      jobs.push(async (out) => {
        const answer = await askAs(url, aUser(allowed as Role, OTHER_COUNTY), c, '450702100201');
        if (!answer.codes.includes('OUT_OF_REGION'))
          out.push(
            `${c.name} as ${allowed}@${OTHER_COUNTY} about 450702100201: expected OUT_OF_REGION, got [${answer.codes.join(', ')}]`,
          );
      });
    }
  }
  // Eight at a time; the problems come back in the order of the jobs, whichever answers first.
  const found: string[][] = [];
  for (let i = 0; i < jobs.length; i += 8)
    found.push(
      ...(await Promise.all(
        jobs.slice(i, i + 8).map(async (job) => {
          const own: string[] = [];
          await job(own);
          return own;
        }),
      )),
    );
  return [...problems, ...found.flat()];
}
