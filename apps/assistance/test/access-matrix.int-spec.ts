import { aUser, subgraphAccess } from '@qz/testing';
import { assistancePolicy } from '../src/access/policy';

/**
 * The assistance subgraph as it runs (dist/), asked every operation of its committed schema as
 * every role at the city, a county and a village, with and without a purpose, and from another
 * county: the answers agree with the policy table. Requests that do not come from the gateway are
 * refused before anything resolves.
 */
describe('assistance access: the policy table, as the running subgraph applies it', () => {
  const QUERY = '{ coverageGaps(regionCode: "450702") { childId } }';
  const svc = subgraphAccess('assistance', {
    policy: assistancePolicy,
    query: QUERY,
    forgedAs: aUser('CIVIL_AFFAIRS_OFFICER', '450700'),
  });

  it('the same request with the gateway’s assertion is answered', async () => {
    const ok = await svc.as(aUser('CIVIL_AFFAIRS_OFFICER', '450702'), QUERY);
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ coverageGaps: [] });
  });
});
