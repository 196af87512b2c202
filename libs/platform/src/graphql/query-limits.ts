import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The limits every request must keep to before the gateway plans it (configuration). */
export interface QueryLimitSettings {
  maxDepth: number;
  /** The gateway's cost limit; a subgraph (asked only what the gateway planned) sets none. */
  maxCost?: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/**
 * Reports a rejection marked with the code clients act on (formatError puts it in place): to the
 * validation context when there is one, else (while parsing) by throwing.
 */
const reject = (code: string) => {
  const onReject: GraphQLArmorRejectCallback = (ctx, error) => {
    const coded = new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
      extensions: { limitCode: code },
    });
    if (!ctx) throw coded;
    ctx.reportError(coded);
  };
  return { exposeLimits: true, propagateOnRejection: false, onReject: [onReject] };
};

/**
 * Depth, cost, alias and directive limits (graphql-armor), checked while the operation is
 * validated, and the token limit, checked by the parser itself (`parseOptions`), so an operation
 * over a limit never reaches a subgraph. Batched (array) requests are refused. Field suggestions
 * ("did you mean …") are not given out.
 *
 * graphql-armor's own token limit is not used: it parses again in a plugin hook, where anything
 * thrown — its refusal, or any syntax error — is an unexpected error to Apollo (HTTP 500). The
 * parser's limit fails like any syntax error: 400, and QUERY_TOO_LARGE by withLimitCode.
 */
export function queryLimits(s: QueryLimitSettings) {
  const armor = new ApolloArmor({
    maxDepth: { n: s.maxDepth, ...reject('QUERY_TOO_DEEP') },
    costLimit:
      s.maxCost === undefined ? { enabled: false } : { maxCost: s.maxCost, ...reject('QUERY_TOO_COSTLY') },
    maxAliases: { n: s.maxAliases, ...reject('TOO_MANY_ALIASES') },
    maxDirectives: { n: s.maxDirectives, ...reject('TOO_MANY_DIRECTIVES') },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: s.maxTokens } };
}

/** graphql-js's message when the parser's token limit is reached. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/**
 * Gives a limit rejection its own code (Apollo reports all validation errors as one code). The
 * token limit is checked by the parser, which reports it as a syntax error: that one is known by
 * its message.
 */
export function withLimitCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens)
    return {
      ...formatted,
      message: `Token limit of ${tokens[1]} exceeded: the query is too large.`,
      extensions: { ...formatted.extensions, code: 'QUERY_TOO_LARGE' },
    };
  const original = (error as { originalError?: { extensions?: { limitCode?: string } } })?.originalError;
  const code = original?.extensions?.limitCode;
  if (!code) return formatted;
  const { limitCode: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions: { ...extensions, code } };
}
