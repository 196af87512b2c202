import type { Identity } from '@qz/identity';
import { graphql } from '../stack/service-process';
import { asUser } from './test-identities';

type Variables = Record<string, unknown>;

/**
 * Requests to a gateway as a signed-in user (its url read at each call: the gateway starts in
 * `beforeAll`). `as` answers as the gateway did; `ok` fails with the errors when there are any,
 * else gives the data; `codeOf` gives the first error's code.
 */
export function gatewayCalls(url: () => string) {
  const as = async (user: Identity, query: string, variables: Variables = {}) =>
    graphql(url(), query, variables, await asUser(user));
  const ok = async (user: Identity, query: string, variables: Variables = {}) => {
    const res = await as(user, query, variables);
    if (res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as Record<string, any>;
  };
  const codeOf = async (user: Identity, query: string, variables: Variables = {}) =>
    (await as(user, query, variables)).errors?.[0]?.extensions?.code as string | undefined;
  return { as, ok, codeOf };
}
