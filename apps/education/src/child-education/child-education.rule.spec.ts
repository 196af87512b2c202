import { isCompulsoryEducationAge } from './child-education.rule';

describe('rule 四(二)6 控辍保学: compulsory-education age is 6 to 15', () => {
  it('a child turns compulsory-education age on the 6th birthday', () => {
    expect(isCompulsoryEducationAge('2020-09-01', '2026-08-31')).toBe(false);
    expect(isCompulsoryEducationAge('2020-09-01', '2026-09-01')).toBe(true);
  });

  it('a child is still of compulsory-education age the day before the 16th birthday, not on it', () => {
    expect(isCompulsoryEducationAge('2010-12-01', '2026-11-30')).toBe(true);
    expect(isCompulsoryEducationAge('2010-12-01', '2026-12-01')).toBe(false);
  });
});
