import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const problem = (value: unknown) =>
  new GraphQLError(
    `a Fen amount must be a whole number of fen (1/100 yuan), e.g. 12050 for 120.50 yuan; got ${JSON.stringify(value)?.slice(0, 40)}`,
  );

function check(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw problem(value);
  return value;
}

/**
 * Money in integer fen, up to 2^53 (GraphQL's Int stops at 21 million yuan). Never a float. The
 * federation driver rebuilds the schema from its SDL, which drops a scalar's own parsing, so every
 * input amount is also checked by the service (`wholeFen`, code AMOUNT_NOT_WHOLE_FEN).
 */
export const FenScalar = new GraphQLScalarType({
  name: 'Fen',
  description: 'An amount of money in fen (1/100 yuan), a whole number.',
  serialize: check,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw problem((ast as { value?: unknown }).value);
    return check(Number(ast.value));
  },
});
