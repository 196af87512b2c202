import { NO_FACTS, type ChildFacts } from './child-facts.repository';
import { benefitsAfterMerge, eligibleSince, medicalGroup } from './facts.rules';

const benefit = (programme: string, startDate: string, status = 'ACTIVE') => ({
  benefitId: programme,
  programme: programme as never,
  status: status as never,
  startDate,
  endDate: null,
  effectiveDate: startDate,
  occurredAt: `${startDate}T00:00:00.000Z`,
});

const facts = (over: Partial<ChildFacts>): ChildFacts => ({ ...NO_FACTS('c'), ...over });

describe('rule 四(三)2 (medical assistance for children in difficulty, raised ratio and cap): who is eligible, on which day', () => {
  it('特困 support comes first, then orphans, then dibao, then any other category of 三(一)', () => {
    const all = facts({
      categories: ['ORPHAN', 'POVERTY_DIBAO', 'SERIOUSLY_ILL'],
      difficultySince: '2026-01-01',
      benefits: { t: benefit('TEKUN_SUPPORT', '2026-02-01') },
    });
    expect(medicalGroup(all, '2026-03-01')?.group).toBe('TEKUN');
    expect(medicalGroup(all, '2026-01-15')?.group).toBe('ORPHAN');
    expect(
      medicalGroup(facts({ categories: ['SERIOUSLY_ILL'], difficultySince: '2026-01-01' }), '2026-03-01')
        ?.group,
    ).toBe('OTHER_DIFFICULTY');
  });

  it('a dibao benefit makes the child eligible even before the registry classifies it', () => {
    expect(
      medicalGroup(facts({ benefits: { d: benefit('DIBAO', '2026-01-01') } }), '2026-03-01')?.group,
    ).toBe('DIBAO');
  });

  it('the registry’s categories count from the day the child was classified in difficulty, not before', () => {
    const f = facts({ categories: ['SERIOUSLY_ILL'], difficultySince: '2026-05-01' });
    expect(medicalGroup(f, '2026-04-30')).toBeNull();
    expect(eligibleSince(f)).toBe('2026-05-01');
  });

  it('a left-behind child who is in no category of difficulty is not eligible; nor is temporary assistance alone', () => {
    expect(medicalGroup(facts({ categories: ['LEFT_BEHIND'] }), '2026-03-01')).toBeNull();
    const temporary = facts({ benefits: { x: benefit('TEMPORARY_ASSISTANCE', '2026-01-01') } });
    expect(medicalGroup(temporary, '2026-03-01')).toBeNull();
    expect(eligibleSince(temporary)).toBeNull();
  });

  it('eligibility starts with the earliest of the classification and the benefits still active', () => {
    const f = facts({
      difficultySince: '2026-05-01',
      benefits: { d: benefit('DIBAO', '2026-03-01'), e: benefit('ORPHAN_ALLOWANCE', '2025-01-01', 'ENDED') },
    });
    expect(eligibleSince(f)).toBe('2026-03-01');
  });
});

describe('issue 15 merges carry everything, 四(三)2: the benefits of a merged record are the child’s', () => {
  const at = (b: ReturnType<typeof benefit>, occurredAt: string, status = b.status) => ({
    ...b,
    occurredAt,
    status,
  });

  it('carries the merged record’s benefits to the surviving child', () => {
    const dibao = benefit('DIBAO', '2026-01-01');
    expect(benefitsAfterMerge({ DIBAO: dibao }, {})).toEqual({ DIBAO: dibao });
  });

  it('keeps the newer state of a benefit both records know, and changes nothing when the child has it', () => {
    const older = at(benefit('DIBAO', '2026-01-01'), '2026-02-01T00:00:00.000Z');
    const newer = at(older, '2026-03-01T00:00:00.000Z', 'SUSPENDED' as never);
    expect(benefitsAfterMerge({ DIBAO: newer }, { DIBAO: older })).toEqual({ DIBAO: newer });
    expect(benefitsAfterMerge({ DIBAO: older }, { DIBAO: newer })).toBeNull();
    expect(benefitsAfterMerge({}, { DIBAO: newer })).toBeNull();
  });
});
