import type { Identity, Role } from '@qz/identity';
import { categoryListRule } from './category-list.rule';

const as = (role: Role): Identity => ({
  userId: 'u',
  department: 'EDUCATION',
  roles: [role],
  regionCode: '450700',
});

describe('a field listing a child’s categories (issue 16 §4)', () => {
  const rule = categoryListRule(['SCHOOL_STAFF', 'EDUCATION_OFFICER']);

  it('三(一)3 a school sees the list without the sensitive categories; nothing to log', () => {
    expect(rule.view?.(['LEFT_BEHIND', 'DISABLED', 'AIDS_AFFECTED'], as('SCHOOL_STAFF'))).toEqual({
      value: ['LEFT_BEHIND'],
      sensitive: false,
    });
  });

  it('三(一)3 the education bureau sees disability (special education, 12 free years); logged', () => {
    expect(rule.view?.(['LEFT_BEHIND', 'DISABLED', 'AIDS_AFFECTED'], as('EDUCATION_OFFICER'))).toEqual({
      value: ['LEFT_BEHIND', 'DISABLED'],
      sensitive: true,
    });
    expect(rule.audit).toBe(true);
  });
});
