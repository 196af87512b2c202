import type { Identity } from '@qz/identity';
import { asUser } from '../access/test-identities';
import { graphql } from './service-process';

type Variables = Record<string, unknown>;

/**
 * A test's calls to the gateway as a user: `as` answers the whole response, `ok` the data (and
 * fails on any error), `codeOf` the first error's code. `url` is read at each call (the gateway
 * starts in beforeAll).
 */
export function gatewayCalls(url: () => string) {
  const as = async (user: Identity, query: string, variables: Variables = {}) =>
    graphql(url(), query, variables, await asUser(user));
  return {
    as,
    ok: async (user: Identity, query: string, variables: Variables = {}) => {
      const res = await as(user, query, variables);
      if (res.errors) throw new Error(`expected no errors, got ${JSON.stringify(res.errors)}`);
      return res.data as Record<string, any>;
    },
    codeOf: async (user: Identity, query: string, variables: Variables = {}) =>
      (await as(user, query, variables)).errors?.[0]?.extensions?.code as string | undefined,
  };
}
