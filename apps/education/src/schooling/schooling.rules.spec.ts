import { isDomainError } from '@qz/kernel';
import { isCompulsoryEducationAge } from '../child-education/child-education.rule';
import {
  compulsoryAgeBirthRange,
  outOfSchoolReason,
  placementAfterMerge,
  requireCompulsoryAge,
  requireDisabled,
  requireHomeTeaching,
  requireVisitMinutes,
  schooledWithoutEnrolment,
} from './schooling.rules';

const codeOf = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return isDomainError(e) ? e.code : 'not a domain error';
  }
  return null;
};

describe('rule 四(二)6 控辍保学: who is of compulsory-education age, as a birth-date range', () => {
  it('the range holds exactly the children isCompulsoryEducationAge counts (6 to 15), 29 February included', () => {
    for (const on of ['2026-12-07', '2026-02-28', '2026-03-01', '2024-02-29', '2025-01-01']) {
      const { bornAfter, bornOnOrBefore } = compulsoryAgeBirthRange(on);
      const start = Date.UTC(Number(on.slice(0, 4)) - 18, 0, 1);
      for (let t = start; t < Date.UTC(Number(on.slice(0, 4)) - 4, 0, 1); t += 86_400_000) {
        const birth = new Date(t).toISOString().slice(0, 10);
        const inRange = birth > bornAfter && birth <= bornOnOrBefore;
        expect([on, birth, inRange]).toEqual([on, birth, isCompulsoryEducationAge(birth, on)]);
      }
    }
  });
});

describe('rule 四(二)6 控辍保学 and 四(三)3: who is out of school', () => {
  it('a child never enrolled is out of school (not only dropouts)', () => {
    expect(outOfSchoolReason({ enrolled: false, openDropoutCaseId: null, placement: null })).toBe(
      'NEVER_ENROLLED',
    );
  });

  it('an enrolled child is out of school only while a dropout case is open', () => {
    expect(outOfSchoolReason({ enrolled: true, openDropoutCaseId: null, placement: null })).toBeNull();
    expect(outOfSchoolReason({ enrolled: true, openDropoutCaseId: 'c1', placement: null })).toBe(
      'DROPPED_OUT',
    );
  });

  it('四(三)3: a disabled child taught at home (送教上门) or at a distance is schooled without enrolment', () => {
    expect(schooledWithoutEnrolment('HOME_TEACHING')).toBe(true);
    expect(schooledWithoutEnrolment('DISTANCE_EDUCATION')).toBe(true);
    expect(
      outOfSchoolReason({ enrolled: false, openDropoutCaseId: null, placement: 'HOME_TEACHING' }),
    ).toBeNull();
  });

  it('四(三)3: placed in an ordinary or special school but not enrolled there is still out of school', () => {
    for (const placement of ['ORDINARY_SCHOOL', 'SPECIAL_SCHOOL'] as const)
      expect(outOfSchoolReason({ enrolled: false, openDropoutCaseId: null, placement })).toBe(
        'NEVER_ENROLLED',
      );
  });
});

describe('rule 四(二)6 and 四(三)3: what a notice, a placement and a visit need', () => {
  it('四(二)6: the duty to enrol is recorded only for a child of compulsory-education age', () => {
    expect(codeOf(() => requireCompulsoryAge(false, '2026-12-07', 'input.notifiedOn'))).toBe(
      'CHILD_NOT_OF_COMPULSORY_SCHOOL_AGE',
    );
    expect(codeOf(() => requireCompulsoryAge(true, '2026-12-07', 'input.notifiedOn'))).toBeNull();
  });

  it('四(三)3: only a child the registry classified as disabled is placed by type', () => {
    expect(codeOf(() => requireDisabled(['LEFT_BEHIND']))).toBe('CHILD_NOT_DISABLED');
    expect(codeOf(() => requireDisabled(['DISABLED', 'POVERTY_DIBAO']))).toBeNull();
  });

  it('四(三)3: home-teaching visits only for a child placed for teaching at home, lasting 1 to 600 minutes', () => {
    expect(codeOf(() => requireHomeTeaching({ type: 'SPECIAL_SCHOOL' }))).toBe('PLACEMENT_NOT_HOME_TEACHING');
    expect(codeOf(() => requireHomeTeaching(null))).toBe('PLACEMENT_NOT_HOME_TEACHING');
    expect(codeOf(() => requireHomeTeaching({ type: 'HOME_TEACHING' }))).toBeNull();
    for (const bad of [0, 601, 1.5])
      expect(codeOf(() => requireVisitMinutes(bad))).toBe('INVALID_VISIT_DURATION');
    expect(codeOf(() => requireVisitMinutes(90))).toBeNull();
  });
});

describe('四(三)3: a merged provisional record’s placement', () => {
  const placed = (decidedOn: string, recordedAt = '2026-03-01T00:00:00Z') => ({
    type: 'HOME_TEACHING' as const,
    decidedOn,
    recordedAt: new Date(recordedAt),
  });

  it('becomes the child’s placement when the real record has none, or an older one', () => {
    expect(placementAfterMerge(placed('2026-03-01'), null)).toEqual(placed('2026-03-01'));
    expect(placementAfterMerge(placed('2026-03-02'), placed('2026-03-01'))).toEqual(placed('2026-03-02'));
    expect(placementAfterMerge(placed('2026-03-01', '2026-03-05T00:00:00Z'), placed('2026-03-01'))).toEqual(
      placed('2026-03-01', '2026-03-05T00:00:00Z'),
    );
  });

  it('leaves the real record’s placement when that was decided later, or when the merged has none', () => {
    expect(placementAfterMerge(placed('2026-02-01'), placed('2026-03-01'))).toBeNull();
    expect(placementAfterMerge(null, placed('2026-03-01'))).toBeNull();
  });
});
