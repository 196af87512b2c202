import { officialWorkingCalendar } from '@qz/kernel';
import { assessmentDueOn } from '../cases/working-days';
import {
  DEFAULT_DEPARTMENT,
  isAssessmentOverdue,
  isEventDepartment,
  planNeeded,
  repeatedService,
} from './assessment.rules';

describe('rule 四(二)4 评估帮扶: the township assesses safety, guardianship and health and sets a plan', () => {
  it('a child at risk or in danger on any question needs a plan; safe on all three may have none', () => {
    expect(planNeeded(['SAFE', 'AT_RISK', 'SAFE'])).toBe(true);
    expect(planNeeded(['SAFE', 'SAFE', 'SAFE'])).toBe(false);
  });

  it('items for assistance, health and education go to them as events; guidance stays with the township', () => {
    expect(DEFAULT_DEPARTMENT.SOCIAL_ASSISTANCE).toBe('ASSISTANCE');
    expect(DEFAULT_DEPARTMENT.MEDICAL_TREATMENT).toBe('HEALTH');
    expect(DEFAULT_DEPARTMENT.BEHAVIOUR_CORRECTION).toBe('EDUCATION');
    expect(isEventDepartment('ASSISTANCE')).toBe(true);
    expect(isEventDepartment(DEFAULT_DEPARTMENT.GUARDIANSHIP_GUIDANCE)).toBe(false);
    expect(isEventDepartment(DEFAULT_DEPARTMENT.LEGAL_AID)).toBe(false);
  });

  it('a service appears once in a plan', () => {
    expect(repeatedService(['COUNSELLING', 'LEGAL_AID', 'COUNSELLING'])).toBe('COUNSELLING');
    expect(repeatedService(['COUNSELLING', 'LEGAL_AID'])).toBeUndefined();
  });

  it('is due 5 working days after the notification and overdue from the next day (weekend skipped)', () => {
    const due = assessmentDueOn('2026-11-27', officialWorkingCalendar()); // notified on a Friday
    expect(due).toBe('2026-12-04');
    expect(isAssessmentOverdue(due, '2026-12-04')).toBe(false);
    expect(isAssessmentOverdue(due, '2026-12-05')).toBe(true);
  });
});
