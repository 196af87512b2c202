import { NO_FACTS, type ChildFacts } from '../facts/child-facts.repository';
import { healthWindowAssessment } from './window-part.rules';

const today = '2026-11-05';
const facts = (over: Partial<ChildFacts>): ChildFacts => ({ ...NO_FACTS('c1'), ...over });

describe('四(三)2 for parts asked for at a township window (四(四)1)', () => {
  it('四(三)2: medical assistance for a child in difficulty on the day; refused for a child in none', () => {
    const orphan = facts({ categories: ['ORPHAN'], difficultySince: '2025-01-01' });
    expect(healthWindowAssessment('MEDICAL_ASSISTANCE', orphan, '2015-01-01', today)).toMatchObject({
      eligible: true,
      note: expect.stringContaining('orphan'),
    });
    expect(healthWindowAssessment('MEDICAL_ASSISTANCE', facts({}), '2015-01-01', today)).toMatchObject({
      eligible: false,
      rule: expect.stringContaining('四(三)2'),
    });
  });

  it('四(三)2: the premium subsidy needs a ground of the day (dibao, 特困, grade 1–2 certificate)', () => {
    const dibao = facts({ categories: ['POVERTY_DIBAO'], difficultySince: '2025-01-01' });
    expect(healthWindowAssessment('INSURANCE_PREMIUM_SUBSIDY', dibao, '2015-01-01', today).eligible).toBe(
      true,
    );
    const leftBehind = facts({ categories: ['LEFT_BEHIND'] });
    expect(
      healthWindowAssessment('INSURANCE_PREMIUM_SUBSIDY', leftBehind, '2015-01-01', today).eligible,
    ).toBe(false);
  });

  it('四(三)2: rehabilitation for a child aged 0–6 with a recorded certificate only', () => {
    const certified = facts({
      disability: {
        type: 'HEARING',
        grade: 2,
        certifiedOn: '2026-01-10',
        recordedBy: 'dpf',
        recordedAt: new Date(),
      },
    });
    expect(healthWindowAssessment('REHAB_ASSISTANCE', certified, '2022-03-01', today).eligible).toBe(true);
    expect(healthWindowAssessment('REHAB_ASSISTANCE', certified, '2015-03-01', today)).toMatchObject({
      eligible: false,
      note: 'the child is not aged 0 to 6',
    });
    expect(healthWindowAssessment('REHAB_ASSISTANCE', facts({}), '2022-03-01', today)).toMatchObject({
      eligible: false,
      note: 'no disability certificate is recorded',
    });
  });
});
