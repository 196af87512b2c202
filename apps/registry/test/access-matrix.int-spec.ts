import { aUser, subgraphAccess } from '@qz/testing';
import { registryPolicy } from '../src/access/policy';

/**
 * Every operation of the registry as every role at three levels, against the policy table (the
 * SDL leaves out federation's own `_entities`, tested in access.int-spec.ts); a request straight to
 * the subgraph without the gateway's credential is refused.
 */
describe('registry: access matrix (issue 8 §3)', () => {
  subgraphAccess('registry', {
    policy: registryPolicy,
    query: '{ region(code: "450700") { code } }',
    forgedAs: aUser('CIVIL_AFFAIRS_OFFICER'),
  });
});
