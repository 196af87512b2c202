import { residentIdCheckChar } from '@qz/kernel';

let sequence = 0;

/** A valid 18-character resident ID number for a birth date, with a correct check character. */
export function residentIdFor(birthDate: string, sex: 'MALE' | 'FEMALE', addressCode = '450702'): string {
  sequence = (sequence + 1) % 500;
  const seq = sequence * 2 + (sex === 'MALE' ? 1 : 0); // odd for male, even for female
  const first17 = `${addressCode}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** A valid resident ID number of the county of `region`, born on `birthDate`, with sequence `seq`. */
export function residentIdAt(region: string, birthDate: string, seq: number): string {
  const first17 = `${region.slice(0, 6)}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export interface ChildInput {
  familyName: string;
  givenName: string;
  sex: 'MALE' | 'FEMALE';
  birthDate: string;
  residentIdNumber: string;
  regionCode: string;
}

/** A village of the shipped region tree (沙埠镇沙埠村委会, 钦南区): where a child's household is. */
export const DEMO_VILLAGE = '450702100201';

/** A child that registerChild accepts; override any field to make it wrong on purpose. */
export function aChild(overrides: Partial<ChildInput> = {}): ChildInput {
  const sex = overrides.sex ?? 'FEMALE';
  const birthDate = overrides.birthDate ?? '2014-03-09';
  return {
    familyName: '韦',
    givenName: '小燕',
    sex,
    birthDate,
    residentIdNumber: residentIdFor(birthDate, sex),
    regionCode: DEMO_VILLAGE,
    ...overrides,
  };
}
