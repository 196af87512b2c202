import { defaultEndDate, overlaps, transition } from './benefit.rules';

describe('rule 四(三)1 benefit terms: when a child’s benefit ends', () => {
  it('the orphan allowance ends the day before the 18th birthday (comes of age)', () => {
    expect(defaultEndDate('ORPHAN_ALLOWANCE', '2014-03-09', '2026-12-01')).toBe('2032-03-08');
  });

  it('特困 support for a child ends the day before the 16th birthday', () => {
    expect(defaultEndDate('TEKUN_SUPPORT', '2012-02-29', '2026-12-01')).toBe('2028-02-28');
  });

  it('dibao for a child ends at majority; temporary assistance at the end of its month', () => {
    expect(defaultEndDate('DIBAO', '2010-05-01', '2026-12-01')).toBe('2028-04-30');
    expect(defaultEndDate('TEMPORARY_ASSISTANCE', '2010-05-01', '2026-02-10')).toBe('2026-02-28');
  });
});

describe('benefits of one programme never overlap', () => {
  it('terms sharing a day overlap; an open end runs on', () => {
    expect(
      overlaps(
        { startDate: '2026-01-01', endDate: '2026-06-30' },
        { startDate: '2026-06-30', endDate: null },
      ),
    ).toBe(true);
    expect(
      overlaps(
        { startDate: '2026-01-01', endDate: '2026-06-30' },
        { startDate: '2026-07-01', endDate: null },
      ),
    ).toBe(false);
    expect(
      overlaps(
        { startDate: '2026-01-01', endDate: null },
        { startDate: '2030-01-01', endDate: '2030-01-31' },
      ),
    ).toBe(true);
  });
});

describe('benefit status: suspend, resume, end', () => {
  it('an active benefit can be suspended or ended; a suspended one resumed or ended', () => {
    expect(transition('ACTIVE', 'suspend')).toBe('SUSPENDED');
    expect(transition('SUSPENDED', 'resume')).toBe('ACTIVE');
    expect(transition('SUSPENDED', 'end')).toBe('ENDED');
    expect(transition('ACTIVE', 'change')).toBe('ACTIVE');
  });

  it('an ended benefit stays ended; an active one cannot be resumed', () => {
    expect(transition('ENDED', 'suspend')).toBeNull();
    expect(transition('ENDED', 'change')).toBeNull();
    expect(transition('ACTIVE', 'resume')).toBeNull();
  });
});
