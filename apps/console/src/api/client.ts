import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { tokenNow } from '../auth/session';

/** The header in which a reader states why they read what needs a reason (percent-encoded UTF-8). */
export const PURPOSE_HEADER = 'x-access-purpose';

/** Context of a query that states its purpose: `context: withPurpose('个案会商')`. */
export const withPurpose = (purpose: string | undefined) =>
  purpose ? { headers: { [PURPOSE_HEADER]: encodeURIComponent(purpose) } } : {};

const auth = new ApolloLink((operation, forward) => {
  const token = tokenNow();
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  }));
  return forward(operation);
});

/**
 * Apollo Client against the gateway's /graphql on the same origin; every read goes to the network.
 * Queries ask for `errorPolicy: 'all'`: a part the viewer may not see is null with an error at its
 * path, and the rest of the answer is shown.
 */
export const apolloClient = new ApolloClient({
  link: ApolloLink.from([auth, new HttpLink({ uri: '/graphql' })]),
  cache: new InMemoryCache(),
  defaultOptions: {
    query: { fetchPolicy: 'network-only' },
    watchQuery: { fetchPolicy: 'network-only' },
  },
});
