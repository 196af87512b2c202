import { DomainError } from '@qz/kernel';
import type { ArrangeRefusal, ChildrenRefusal } from './detention.rules';

const CHILDREN_MESSAGES: Record<ChildrenRefusal, string> = {
  DETAINEE_CHILDREN_CONTRADICT: 'input.hasMinorChildren is false, yet input.children lists children',
  DETAINEE_CHILDREN_MISSING: 'input.hasMinorChildren is true: list each minor child in input.children',
  DETAINEE_CHILD_REPEATED: 'a child is listed more than once in input.children',
};

/** The detained-parent record's error codes (四(一)2); each message says what to fix. */
export const DetentionErrors = {
  children: (code: ChildrenRefusal) =>
    new DomainError(code, CHILDREN_MESSAGES[code], 'invalid', { field: 'input.children' }),
  arrangementIncomplete: (field: string) =>
    new DomainError(
      'CARE_ARRANGEMENT_INCOMPLETE',
      `${field}: name the relative, adult or institution caring for the child; leave it out when nobody was found (NONE_FOUND)`,
      'invalid',
      { field },
    ),
  notFound: (id: string) =>
    new DomainError('DETENTION_RECORD_NOT_FOUND', `no detained-parent record ${id}`, 'not_found', {
      field: 'input.recordId',
    }),
  arrange: (code: ArrangeRefusal, childId: string) =>
    code === 'CARE_ARRANGEMENT_INCOMPLETE'
      ? DetentionErrors.arrangementIncomplete('input.caregiver')
      : new DomainError(
          code,
          code === 'CARE_TASK_NOT_FOUND'
            ? `child ${childId} has no care task in this record (police found someone to care for it)`
            : `the care of child ${childId} was arranged already`,
          code === 'CARE_TASK_NOT_FOUND' ? 'not_found' : 'conflict',
          { field: 'input.childId' },
        ),
  changedConcurrently: (id: string) =>
    new DomainError(
      'CHANGED_CONCURRENTLY',
      `record ${id} was changed by someone else meanwhile; reload it and try again`,
      'conflict',
      { field: 'input.recordId' },
    ),
};
