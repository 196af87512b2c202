import type { Identity } from '@qz/identity';
import { aChild, DEMO_VILLAGE, graphql, type ServiceUnderTest, startService, viaGateway } from '@qz/testing';

type Answer = { data?: any; errors?: { extensions?: Record<string, any> }[] };

/** The machine codes of an answer's errors. */
export const codesOf = (res: Answer) => (res.errors ?? []).map((e) => e.extensions?.code);

/**
 * A registry process of its own with one child of DEMO_VILLAGE registered by `officer`; `as` asks
 * it as a user through the gateway's credential, `records` is its access_records collection; `env`
 * adds settings of the process.
 */
export async function registryWithAChild(officer: Identity, env: Record<string, string> = {}) {
  const svc: ServiceUnderTest = await startService('registry', { env });
  const as = async (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    graphql(svc.url, query, variables, await viaGateway(user)) as Promise<Answer>;
  const reg = await as(
    officer,
    `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`,
    { input: aChild({ regionCode: DEMO_VILLAGE }) },
  );
  if (reg.errors) throw new Error(`registerChild: ${JSON.stringify(reg.errors)}`);
  return {
    svc,
    as,
    childId: reg.data.registerChild.id as string,
    records: () => svc.db.collection('access_records'),
  };
}
