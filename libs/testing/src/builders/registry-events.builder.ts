import type { ChildClassifiedPayload, ChildRegisteredPayload } from '@qz/contracts';
import { DEMO_VILLAGE } from './child.builder';

/** The payload of `registry.child.registered` for a child of the demo village, as the registry sends it. */
export const aRegistrationOf = (
  childId: string,
  overrides: Partial<ChildRegisteredPayload> = {},
): ChildRegisteredPayload => ({
  childId,
  familyName: '韦',
  givenName: '小宝',
  sex: 'MALE',
  birthDate: '2020-03-01',
  regionCode: DEMO_VILLAGE,
  registeredAt: new Date().toISOString(),
  ...overrides,
});

/** The payload of `registry.child.classified` putting a child among the seriously ill (三(三)). */
export const aSeriousIllnessClassificationOf = (
  childId: string,
  overrides: Partial<ChildClassifiedPayload> = {},
): ChildClassifiedPayload => ({
  childId,
  categories: ['SERIOUSLY_ILL'],
  added: ['SERIOUSLY_ILL'],
  removed: [],
  leftBehind: false,
  inDifficulty: true,
  protectedAsChildInDifficulty: false,
  reason: '重病诊断',
  ...overrides,
});
