import {
  certificateCovers,
  DISABILITY_TYPES,
  missingValues,
  selectStandard,
  type Standard,
} from './policy.rules';

const std = (over: Partial<Standard>): Standard => ({
  id: 'x',
  kind: 'PREMIUM_SUBSIDY',
  subject: 'DIBAO',
  regionCode: '450700',
  effectiveFrom: '2025-01-01',
  effectiveTo: null,
  version: 1,
  amountFen: null,
  ratioBp: 5000,
  capFen: null,
  ...over,
});

describe('rule 四(三)2 (ratios, amounts and caps are configuration with effective dates): choosing the standard', () => {
  it('a new year’s standard decides cases of the new year and leaves the last year’s to the old one', () => {
    const y2025 = std({ id: '2025', ratioBp: 5000 });
    const y2026 = std({ id: '2026', effectiveFrom: '2026-01-01', ratioBp: 6000 });
    expect(selectStandard([y2025, y2026], '450702', '2025-12-31')?.id).toBe('2025');
    expect(selectStandard([y2025, y2026], '450702', '2026-01-01')?.id).toBe('2026');
  });

  it('a county’s own standard comes before the city’s; other counties keep the city’s', () => {
    const city = std({ id: 'city' });
    const lingshan = std({ id: 'lingshan', regionCode: '450721', ratioBp: 7000 });
    expect(selectStandard([city, lingshan], '450721102', '2026-03-01')?.id).toBe('lingshan');
    expect(selectStandard([city, lingshan], '450702', '2026-03-01')?.id).toBe('city');
  });

  it('a correction (a higher version of the same period) replaces the earlier version', () => {
    const v1 = std({ id: 'v1' });
    const v2 = std({ id: 'v2', version: 2, ratioBp: 5500 });
    expect(selectStandard([v2, v1], '450702', '2026-03-01')?.id).toBe('v2');
  });

  it('a closed period no longer applies after its last day, and nothing applies before the first', () => {
    const closed = std({ effectiveTo: '2025-12-31' });
    expect(selectStandard([closed], '450702', '2025-12-31')).not.toBeNull();
    expect(selectStandard([closed], '450702', '2026-01-01')).toBeNull();
    expect(selectStandard([closed], '450702', '2024-12-31')).toBeNull();
  });

  it('a standard of another city does not apply', () => {
    expect(selectStandard([std({ regionCode: '450800' })], '450702', '2026-01-01')).toBeNull();
  });

  it('names the values a standard of its kind must carry', () => {
    expect(missingValues('MEDICAL_ASSISTANCE', { ratioBp: 8000 })).toEqual(['capFen']);
    expect(missingValues('PREMIUM_CONTRIBUTION', { amountFen: 40000 })).toEqual([]);
  });
});

describe('rule 四(三)2: the certificate’s categories and the types of rehabilitation assistance', () => {
  it('四(三)2: a certificate covers rehabilitation of its own type only', () => {
    expect(certificateCovers('HEARING', 'HEARING')).toBe(true);
    expect(certificateCovers('HEARING', 'SPEECH')).toBe(false);
    expect(certificateCovers('PHYSICAL', 'AUTISM')).toBe(false);
  });

  it('四(三)2: autism is certified as MENTAL, and a MULTIPLE certificate covers every type', () => {
    expect(certificateCovers('MENTAL', 'AUTISM')).toBe(true);
    expect(certificateCovers('MENTAL', 'INTELLECTUAL')).toBe(false);
    for (const type of DISABILITY_TYPES) expect(certificateCovers('MULTIPLE', type)).toBe(true);
  });
});
