import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The limits every request must keep to before the gateway plans it (configuration). */
export interface QueryLimitSettings {
  maxDepth: number;
  maxCost: number;
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
 * Depth, cost, alias, directive and token limits (graphql-armor), checked while the operation is
 * parsed and validated, so an operation over a limit never reaches a subgraph. Batched (array)
 * requests are refused. Field suggestions ("did you mean …") are not given out.
 */
export function queryLimits(s: QueryLimitSettings) {
  return new ApolloArmor({
    maxDepth: { n: s.maxDepth, ...reject('QUERY_TOO_DEEP') },
    costLimit: { maxCost: s.maxCost, ...reject('QUERY_TOO_COSTLY') },
    maxAliases: { n: s.maxAliases, ...reject('TOO_MANY_ALIASES') },
    maxDirectives: { n: s.maxDirectives, ...reject('TOO_MANY_DIRECTIVES') },
    maxTokens: { n: s.maxTokens, ...reject('QUERY_TOO_LARGE') },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Gives a limit rejection its own code (Apollo reports all validation errors as one code). The
 * token limit is checked while parsing, where Apollo keeps only the message of what was thrown,
 * so that one is known by its message.
 */
export function withLimitCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: { extensions?: { limitCode?: string } } })?.originalError;
  const tokens = /^Token limit of \d+ exceeded/.test(formatted.message) ? 'QUERY_TOO_LARGE' : undefined;
  const code = original?.extensions?.limitCode ?? tokens;
  if (!code) return formatted;
  const { limitCode: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions: { ...extensions, code } };
}
