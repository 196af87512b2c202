import { Kind, parse } from 'graphql';

/**
 * Whether a GraphQL request body may run a mutation: any mutation operation in its document
 * counts (whichever operation is chosen), so a mutation's credential is always taken once. A body
 * that does not parse runs nothing; a document without the word "mutation" is not parsed here.
 */
export function isMutation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !query.includes('mutation')) return false;
  try {
    return parse(query, { noLocation: true }).definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation',
    );
  } catch {
    return false;
  }
}
