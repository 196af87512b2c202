import { HttpException } from '@nestjs/common';
import { isDomainError, type DomainErrorKind } from '@qz/kernel';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

const STATUS_BY_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  precondition: 422,
  forbidden: 403,
  unavailable: 503,
};

/**
 * Turns what a resolver threw into a GraphQL error a client can act on: the domain code in
 * `extensions.code`, the field at fault in `extensions.field`, the catalogue's Chinese message
 * for the staff console in `extensions.messageZh`. Anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no internals in the message.
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        ...original.details,
        code: original.code,
        messageZh: original.messageZh,
        kind: original.kind,
        status: STATUS_BY_KIND[original.kind],
      },
    };
  }
  if (original instanceof HttpException) {
    return { ...formatted, extensions: { code: 'BAD_REQUEST', status: original.getStatus() } };
  }
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  if (original instanceof GraphQLError && !original.originalError) return formatted;
  return {
    message:
      'Something went wrong on our side; the request was not completed. Try again, or report the request id.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
