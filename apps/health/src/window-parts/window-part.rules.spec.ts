import { NO_FACTS, type ChildFacts } from '../facts/child-facts.repository';
import {
  figuresRefusal,
  healthWindowAssessment,
  WINDOW_PART_PROGRAMME,
  windowApplicationId,
} from './window-part.rules';

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

describe('四(三)2: the amount of an approved window part is computed from its figures', () => {
  const medical = {
    serviceDate: '2026-10-30',
    hospital: '灵山县人民医院',
    diagnosis: '肺炎',
    expenseFen: 100_000,
  };
  const rehab = {
    disabilityType: 'HEARING',
    service: 'TRAINING',
    institutionId: 'x',
    serviceDate: '2026-10-30',
    costFen: 50_000,
  };

  it('四(三)2: medical assistance is approved with the expense and its hospital, rehabilitation with its service and cost', () => {
    expect(figuresRefusal('MEDICAL_ASSISTANCE', { medical })).toBeNull();
    expect(figuresRefusal('REHAB_ASSISTANCE', { rehab })).toBeNull();
    expect(figuresRefusal('MEDICAL_ASSISTANCE', {})).toMatchObject({
      code: 'WINDOW_PART_FIGURES_REQUIRED',
      details: { field: 'input.medical' },
    });
    expect(figuresRefusal('REHAB_ASSISTANCE', { medical: null })).toMatchObject({
      code: 'WINDOW_PART_FIGURES_REQUIRED',
      details: { field: 'input.rehab' },
    });
  });

  it('四(三)2: the premium subsidy is computed from the child’s grounds alone; figures of another kind are refused', () => {
    expect(figuresRefusal('INSURANCE_PREMIUM_SUBSIDY', {})).toBeNull();
    expect(figuresRefusal('INSURANCE_PREMIUM_SUBSIDY', { medical })).toMatchObject({
      code: 'WINDOW_PART_FIGURES_NOT_APPLICABLE',
    });
    expect(figuresRefusal('REHAB_ASSISTANCE', { rehab, medical })).toMatchObject({
      code: 'WINDOW_PART_FIGURES_NOT_APPLICABLE',
      details: { field: 'input.medical' },
    });
  });

  it('四(四)1: an approved part becomes one health application of its programme, whose id it names', () => {
    expect(WINDOW_PART_PROGRAMME.MEDICAL_ASSISTANCE).toBe('MEDICAL_ASSISTANCE');
    expect(WINDOW_PART_PROGRAMME.REHAB_ASSISTANCE).toBe('REHAB');
    expect(WINDOW_PART_PROGRAMME.INSURANCE_PREMIUM_SUBSIDY).toBeUndefined();
    expect(windowApplicationId('app-1:p1')).toBe('window:app-1:p1');
  });
});
