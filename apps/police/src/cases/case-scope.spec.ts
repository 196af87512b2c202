import { aUser } from '@qz/testing';
import { CaseScope } from './case-scope';
import type { CaseRepository } from './case.repository';

describe('rule: an operation naming a case by its id refuses a case outside the asker’s region', () => {
  const stored = { id: 'case-1', regionCode: '450702100201', childId: 'child-1' };
  const repo = {
    get: jest.fn(async () => stored),
    byChild: jest.fn(async () => [stored]),
  } as unknown as CaseRepository;
  const scope = new CaseScope(repo);

  it('refuses a user of county 450703 against a 450702 case with OUT_OF_REGION', async () => {
    await expect(scope.get('case-1', aUser('POLICE_OFFICER', '450703'))).rejects.toMatchObject({
      code: 'OUT_OF_REGION',
    });
    await expect(scope.ofChild('child-1', aUser('CIVIL_AFFAIRS_OFFICER', '450703'))).rejects.toMatchObject({
      code: 'OUT_OF_REGION',
    });
  });

  it('lets users of the case’s county, township and village, and of the city, through', async () => {
    for (const region of ['450700', '450702', '450702100', '450702100201'])
      await expect(scope.get('case-1', aUser('POLICE_OFFICER', region))).resolves.toBe(stored);
  });

  it('refuses a user of another village of the same township', async () => {
    await expect(scope.get('case-1', aUser('TOWNSHIP_OFFICER', '450702100202'))).rejects.toMatchObject({
      code: 'OUT_OF_REGION',
    });
  });
});
