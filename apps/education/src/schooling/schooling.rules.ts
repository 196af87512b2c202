import { DomainError, type LocalDate } from '@qz/kernel';

/** How a disabled child of school age is taught (四(三)3). */
export const PLACEMENT_TYPES = [
  'ORDINARY_SCHOOL',
  'SPECIAL_SCHOOL',
  'HOME_TEACHING',
  'DISTANCE_EDUCATION',
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

/** How the parents were told of their duty to enrol the child (四(二)6). */
export const NOTICE_METHODS = ['WRITTEN_NOTICE', 'HOME_VISIT', 'PHONE', 'MEETING'] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** Why a child of compulsory-education age is on the out-of-school list. */
export const OUT_OF_SCHOOL_REASONS = ['NEVER_ENROLLED', 'DROPPED_OUT'] as const;
export type OutOfSchoolReason = (typeof OUT_OF_SCHOOL_REASONS)[number];

/**
 * The birth dates of the children of compulsory-education age on `on` (6 to 15 years old, as
 * isCompulsoryEducationAge and the kernel's ageInYears count them): born after `bornAfter` (the
 * 16th birthday passed) and on or before `bornOnOrBefore` (the 6th birthday reached). The bounds
 * compare as strings: a 29 February bound in a common year falls between 28 February and 1 March,
 * as ageInYears has it.
 */
export function compulsoryAgeBirthRange(on: LocalDate): { bornAfter: string; bornOnOrBefore: string } {
  const year = Number(on.slice(0, 4));
  const monthDay = on.slice(4);
  return { bornAfter: `${year - 16}${monthDay}`, bornOnOrBefore: `${year - 6}${monthDay}` };
}

/**
 * 四(三)3: a child taught at home (送教上门) or by distance education is schooled without a school
 * enrolment; placed in an ordinary or special school, the child must be enrolled there.
 */
export const schooledWithoutEnrolment = (placement: PlacementType | null | undefined): boolean =>
  placement === 'HOME_TEACHING' || placement === 'DISTANCE_EDUCATION';

/**
 * 四(二)6, 四(三)3: whether a child of compulsory-education age is out of school, and why: not
 * enrolled and not taught at home or at a distance; or enrolled with an open dropout case.
 */
export function outOfSchoolReason(child: {
  enrolled: boolean;
  openDropoutCaseId: string | null;
  placement: PlacementType | null;
}): OutOfSchoolReason | null {
  if (child.enrolled) return child.openDropoutCaseId ? 'DROPPED_OUT' : null;
  return schooledWithoutEnrolment(child.placement) ? null : 'NEVER_ENROLLED';
}

/** 四(三)3: only a child the registry classified as disabled is placed by type. */
export function requireDisabled(categories: readonly string[]): void {
  if (!categories.includes('DISABLED'))
    throw new DomainError(
      'CHILD_NOT_DISABLED',
      'input.childId: the registry has not classified this child as disabled (三(一)3); a placement by type is for disabled children',
      'precondition',
      { field: 'input.childId' },
    );
}

/** 四(二)6: the duty to enrol is the parents' of a child of compulsory-education age. */
export function requireCompulsoryAge(inAge: boolean, on: LocalDate, field: string): void {
  if (!inAge)
    throw new DomainError(
      'CHILD_NOT_OF_COMPULSORY_SCHOOL_AGE',
      `${field}: the child is not 6 to 15 years old on ${on}`,
      'precondition',
      { field },
    );
}

/** 四(三)3: home-teaching visits are recorded for a child placed for teaching at home. */
export function requireHomeTeaching<P extends { type: PlacementType }>(placement: P | null): P {
  if (placement?.type !== 'HOME_TEACHING')
    throw new DomainError(
      'PLACEMENT_NOT_HOME_TEACHING',
      'input.childId: the child is not placed for teaching at home (送教上门); record the placement first',
      'precondition',
      { field: 'input.childId' },
    );
  return placement;
}

export const MAX_VISIT_MINUTES = 600;

export function requireVisitMinutes(minutes: number): void {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_VISIT_MINUTES)
    throw new DomainError(
      'INVALID_VISIT_DURATION',
      `input.minutes must be a whole number from 1 to ${MAX_VISIT_MINUTES}, got ${minutes}`,
      'invalid',
      { field: 'input.minutes' },
    );
}

/**
 * A provisional child's schooling record merged into the real child's (registry.child.merged.v1):
 * the notices, placements and visits of both are kept; the current placement (四(三)3) is the one
 * decided last (by its date, then by when it was recorded). Null: keep the surviving one.
 */
export function placementAfterMerge<P extends { decidedOn: string; recordedAt: Date }>(
  merged: P | null | undefined,
  surviving: P | null | undefined,
): P | null {
  if (!merged) return null;
  if (!surviving) return merged;
  const key = (p: P) => `${p.decidedOn}|${new Date(p.recordedAt).toISOString()}`;
  return key(merged) > key(surviving) ? merged : null;
}
