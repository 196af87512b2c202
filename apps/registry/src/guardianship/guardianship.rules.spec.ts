import {
  guardianshipState,
  isCapableAge,
  isNewAlert,
  livingAloneIsAlert,
  overlappingAgreement,
  type EntrustmentAgreement,
} from './guardianship.rules';

const agreement = (
  startDate: string,
  endDate: string,
  endedOn: string | null = null,
): EntrustmentAgreement => ({
  id: `a-${startDate}`,
  guardianName: '韦秀英',
  guardianResidentIdNumber: '450702195803120024',
  relationship: '祖母',
  guardianPhone: null,
  witnessedBy: '沙埠村委会',
  signedOn: startDate,
  startDate,
  endDate,
  endedOn,
  endedReason: endedOn ? '父母返乡' : null,
  checks: [],
  recordedBy: 'u-1',
});

describe('rule 四(一)3: a left-behind child has a valid entrusted guardianship agreement', () => {
  it('a left-behind child with no agreement ever signed is a gap (NO_AGREEMENT)', () => {
    expect(guardianshipState(true, [], '2026-11-29')).toEqual({
      situation: 'NO_AGREEMENT',
      validUntil: null,
      daysLeft: null,
    });
  });

  it('an agreement in force more than 30 days from its end covers the child', () => {
    expect(guardianshipState(true, [agreement('2026-01-01', '2027-12-31')], '2026-11-29')).toMatchObject({
      situation: 'COVERED',
      validUntil: '2027-12-31',
    });
  });

  it('an agreement ending within 30 days is listed (AGREEMENT_ENDING_SOON), the 30th day included', () => {
    expect(guardianshipState(true, [agreement('2026-01-01', '2026-12-29')], '2026-11-29')).toMatchObject({
      situation: 'AGREEMENT_ENDING_SOON',
      daysLeft: 30,
    });
    expect(guardianshipState(true, [agreement('2026-01-01', '2026-12-30')], '2026-11-29')?.situation).toBe(
      'COVERED',
    );
  });

  it('the day after the last day the child has no valid agreement (AGREEMENT_ENDED)', () => {
    const a = [agreement('2025-01-01', '2026-11-29')];
    expect(guardianshipState(true, a, '2026-11-29')?.situation).toBe('AGREEMENT_ENDING_SOON');
    expect(guardianshipState(true, a, '2026-11-30')).toEqual({
      situation: 'AGREEMENT_ENDED',
      validUntil: '2026-11-29',
      daysLeft: -1,
    });
  });

  it('an agreement ended early stops covering the day after it ended', () => {
    expect(
      guardianshipState(true, [agreement('2026-01-01', '2027-12-31', '2026-10-31')], '2026-11-29'),
    ).toMatchObject({ situation: 'AGREEMENT_ENDED', validUntil: '2026-10-31' });
  });

  it('an agreement that starts later does not cover today', () => {
    expect(guardianshipState(true, [agreement('2027-01-01', '2027-12-31')], '2026-11-29')?.situation).toBe(
      'NO_AGREEMENT',
    );
  });

  it('does not apply to a child who is not left-behind', () => {
    expect(guardianshipState(false, [], '2026-11-29')).toBeNull();
  });

  it('alerts once per gap: the same gap with the same end date is not a new alert', () => {
    const ended = guardianshipState(true, [agreement('2025-01-01', '2026-10-31')], '2026-11-29');
    expect(isNewAlert(null, ended)).toBe(true);
    expect(isNewAlert(ended, ended)).toBe(false);
    const soon = guardianshipState(true, [agreement('2025-01-01', '2026-12-10')], '2026-11-29');
    expect(
      isNewAlert(soon, { ...(soon as NonNullable<typeof soon>), situation: 'AGREEMENT_ENDED', daysLeft: -1 }),
    ).toBe(true);
    expect(isNewAlert(ended, { situation: 'COVERED', validUntil: '2027-12-31', daysLeft: 397 })).toBe(false);
  });
});

describe('rule 四(一)3: one entrusted guardian at a time (terms do not overlap)', () => {
  it('finds an agreement sharing a day with a new term', () => {
    const existing = [agreement('2026-01-01', '2026-12-31')];
    expect(overlappingAgreement(existing, { startDate: '2026-12-31', endDate: '2027-06-30' })).toBe(
      existing[0],
    );
    expect(
      overlappingAgreement(existing, { startDate: '2027-01-01', endDate: '2027-06-30' }),
    ).toBeUndefined();
  });

  it('an agreement ended early frees the rest of its term', () => {
    const existing = [agreement('2026-01-01', '2026-12-31', '2026-06-30')];
    expect(
      overlappingAgreement(existing, { startDate: '2026-07-01', endDate: '2027-06-30' }),
    ).toBeUndefined();
  });
});

describe('rule 四(一)1: the entrusted guardian is a capable adult', () => {
  it('is 18 or older on the day of signing', () => {
    expect(isCapableAge('2008-11-29', '2026-11-29')).toBe(true);
    expect(isCapableAge('2008-11-30', '2026-11-29')).toBe(false);
  });
});

describe('rule 四(一)1: a child under 16 must not live alone (不得让不满16周岁的儿童脱离监护单独生活)', () => {
  it('living alone is an alert up to the day before the 16th birthday', () => {
    expect(livingAloneIsAlert('2010-11-30', '2026-11-29')).toBe(true);
    expect(livingAloneIsAlert('2010-11-29', '2026-11-29')).toBe(false);
  });
});
