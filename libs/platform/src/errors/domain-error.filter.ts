import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@qz/kernel';

/**
 * A DomainError is an answer, not a fault: it goes back to the client (formatted by
 * formatGraphQLError) without being logged as a server error.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
