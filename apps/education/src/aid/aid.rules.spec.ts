import { aidWindowAssessment, FREE_TWELVE_YEARS_RULE, proposedAid, windowAidStep } from './aid.rules';

describe('rule 四(三)3 教育资助: education aid by category', () => {
  it('an orphan gets 12 years of free education', () => {
    expect(proposedAid(['ORPHAN'])).toMatchObject({ kind: 'FREE_TWELVE_YEARS', basis: ['ORPHAN'] });
  });

  it('a disabled child of a dibao or low-income family gets 12 years of free education', () => {
    expect(proposedAid(['POVERTY_DIBAO', 'DISABLED'])).toMatchObject({
      kind: 'FREE_TWELVE_YEARS',
      basis: ['DISABLED', 'POVERTY_DIBAO'],
    });
    expect(proposedAid(['POVERTY_LOW_INCOME', 'DISABLED'])?.kind).toBe('FREE_TWELVE_YEARS');
  });

  it('a disabled child of a family not in economic difficulty gets classified aid, not 12 free years', () => {
    expect(proposedAid(['DISABLED'])).toMatchObject({ kind: 'CLASSIFIED_AID', basis: ['DISABLED'] });
  });

  it('the other difficulty categories get classified aid (dibao, de-facto unsupported, seriously ill)', () => {
    expect(proposedAid(['POVERTY_DIBAO', 'LEFT_BEHIND'])).toMatchObject({
      kind: 'CLASSIFIED_AID',
      basis: ['POVERTY_DIBAO'],
    });
    expect(proposedAid(['DE_FACTO_UNSUPPORTED'])?.kind).toBe('CLASSIFIED_AID');
    expect(proposedAid(['SERIOUSLY_ILL'])?.kind).toBe('CLASSIFIED_AID');
  });

  it('a left-behind child in no difficulty category, and a child in no category, get no aid proposal', () => {
    expect(proposedAid(['LEFT_BEHIND'])).toBeNull();
    expect(proposedAid([])).toBeNull();
  });
});

describe('rule 四(三)3 for education aid asked for at a township window (四(四)1)', () => {
  it('四(三)3: a child whose categories give aid is eligible, with the kind and the rule', () => {
    expect(aidWindowAssessment(['ORPHAN'], 'arrival')).toMatchObject({
      eligible: true,
      rule: FREE_TWELVE_YEARS_RULE,
      note: expect.stringContaining('FREE_TWELVE_YEARS'),
    });
  });

  it('四(三)3: a child whose categories give none (left behind only) is refused, naming them', () => {
    expect(aidWindowAssessment(['LEFT_BEHIND'], 'arrival')).toMatchObject({
      eligible: false,
      note: expect.stringContaining('LEFT_BEHIND'),
    });
  });

  it('四(三)3: a child not yet known here waits for the bureau, and cannot be approved until known', () => {
    expect(aidWindowAssessment(null, 'arrival').eligible).toBe(true);
    expect(aidWindowAssessment(null, 'decision').eligible).toBe(false);
  });
});

describe('rule 四(三)3 and 四(四)1: an approved window part is the child’s education aid record', () => {
  it('四(四)1: no proposal yet, or a withdrawn one, is proposed then confirmed; a proposed one is confirmed', () => {
    expect(windowAidStep(null)).toBe('propose');
    expect(windowAidStep({ status: 'WITHDRAWN' })).toBe('propose');
    expect(windowAidStep({ status: 'PROPOSED' })).toBe('confirm');
  });

  it('四(四)1: aid already confirmed is linked to the part, keeping the first part that named it', () => {
    expect(windowAidStep({ status: 'CONFIRMED', windowPartId: null })).toBe('link');
    expect(windowAidStep({ status: 'CONFIRMED' })).toBe('link');
    expect(windowAidStep({ status: 'CONFIRMED', windowPartId: 'app-0:p2' })).toBe('linked');
  });

  it('四(三)3: aid the bureau rejected is not confirmed by approving a window part', () => {
    expect(windowAidStep({ status: 'REJECTED' })).toBe('rejected');
  });
});
