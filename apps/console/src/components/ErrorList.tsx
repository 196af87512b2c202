import { CombinedGraphQLErrors } from '@apollo/client';
import { Alert } from 'antd';
import { errorMessageZh, type GraphQLErrorLike } from '../i18n/errors';

/** The errors of an answer as Chinese sentences (one per distinct sentence). */
export function ErrorList({ error, errors }: { error?: unknown; errors?: readonly GraphQLErrorLike[] }) {
  const list: GraphQLErrorLike[] = [...(errors ?? [])];
  if (error && CombinedGraphQLErrors.is(error)) list.push(...error.errors);
  else if (error) list.push({ extensions: { code: networkCode(error) } });
  const sentences = [...new Set(list.map(errorMessageZh))];
  return (
    <>
      {sentences.map((s) => (
        <Alert key={s} type="warning" showIcon title={s} style={{ marginBottom: 8 }} data-testid="error-zh" />
      ))}
    </>
  );
}

/** A transport failure: 401 means the sign-in lapsed; anything else, the network. */
function networkCode(error: unknown): string {
  const status = (error as { statusCode?: number })?.statusCode;
  return status === 401 ? 'UNAUTHENTICATED' : 'NETWORK';
}
