import { duplicateProposalsAfterMerge, overlappingBenefitsAfterMerge } from './child-records.rules';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const proposal = (id: string, programme: string, status: string, day: number) => ({
  id,
  programme,
  status,
  proposedAt: at(day),
});
const benefit = (
  id: string,
  programme: string,
  status: 'ACTIVE' | 'SUSPENDED' | 'ENDED',
  startDate: string,
  endDate: string | null,
  day: number,
) => ({ id, programme, status, startDate, endDate, grantedAt: at(day) });

describe('issue 15 merges carry everything, 四(三)1: proposals after a merge', () => {
  it('keeps the earliest pending proposal of a programme and withdraws the later ones', () => {
    const proposals = [
      proposal('real', 'ORPHAN_ALLOWANCE', 'PENDING', 5),
      proposal('provisional', 'ORPHAN_ALLOWANCE', 'PENDING', 2),
      proposal('other', 'TEMPORARY_ASSISTANCE', 'PENDING', 6),
    ];
    expect(duplicateProposalsAfterMerge(proposals, [])).toEqual(['real']);
  });

  it('withdraws a pending proposal of a programme the child already has a benefit of (not ended)', () => {
    const proposals = [proposal('p', 'ORPHAN_ALLOWANCE', 'PENDING', 2)];
    expect(
      duplicateProposalsAfterMerge(proposals, [{ programme: 'ORPHAN_ALLOWANCE', status: 'SUSPENDED' }]),
    ).toEqual(['p']);
    expect(
      duplicateProposalsAfterMerge(proposals, [{ programme: 'ORPHAN_ALLOWANCE', status: 'ENDED' }]),
    ).toEqual([]);
  });

  it('leaves decided proposals alone', () => {
    const proposals = [
      proposal('a', 'ORPHAN_ALLOWANCE', 'REJECTED', 1),
      proposal('b', 'ORPHAN_ALLOWANCE', 'PENDING', 2),
    ];
    expect(duplicateProposalsAfterMerge(proposals, [])).toEqual([]);
  });
});

describe('issue 15 merges carry everything, 四(三)1: one child is paid once', () => {
  it('returns the later-granted active benefit that overlaps an earlier one of the same programme', () => {
    const benefits = [
      benefit('later', 'ORPHAN_ALLOWANCE', 'ACTIVE', '2026-03-01', null, 9),
      benefit('earlier', 'ORPHAN_ALLOWANCE', 'ACTIVE', '2026-01-01', '2026-12-31', 3),
    ];
    expect(overlappingBenefitsAfterMerge(benefits)).toEqual(['later']);
  });

  it('does not count ended benefits, other programmes or terms that do not overlap', () => {
    const benefits = [
      benefit('ended', 'ORPHAN_ALLOWANCE', 'ENDED', '2026-01-01', null, 1),
      benefit('next-year', 'ORPHAN_ALLOWANCE', 'ACTIVE', '2027-01-01', null, 2),
      benefit('this-year', 'ORPHAN_ALLOWANCE', 'ACTIVE', '2026-01-01', '2026-12-31', 3),
      benefit('other', 'TEMPORARY_ASSISTANCE', 'ACTIVE', '2026-01-01', null, 4),
    ];
    expect(overlappingBenefitsAfterMerge(benefits)).toEqual([]);
  });

  it('does not suspend again a benefit already suspended', () => {
    const benefits = [
      benefit('earlier', 'ORPHAN_ALLOWANCE', 'ACTIVE', '2026-01-01', null, 1),
      benefit('later', 'ORPHAN_ALLOWANCE', 'SUSPENDED', '2026-01-01', null, 2),
    ];
    expect(overlappingBenefitsAfterMerge(benefits)).toEqual([]);
  });
});
