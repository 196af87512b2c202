import { DomainError, invalidInput } from '@qz/kernel';

export const OrderErrors = {
  dueBeforeIssue: (dueOn: string, issuedOn: string) =>
    invalidInput(
      'ORDER_DUE_BEFORE_ISSUE',
      'input.dueOn',
      `input.dueOn ${dueOn} is before the order was given (${issuedOn})`,
    ),
  notFound: (orderId: string) =>
    new DomainError('ORDER_NOT_FOUND', `no order ${orderId} on this case`, 'not_found', {
      field: 'input.orderId',
    }),
  alreadyComplied: (orderId: string) =>
    new DomainError('ORDER_ALREADY_COMPLIED', `order ${orderId} has been complied with`, 'conflict', {
      field: 'input.orderId',
    }),
  guardianMissing: () =>
    invalidInput(
      'ORDER_GUARDIAN_MISSING',
      'input.entrustedGuardian',
      'the parents named an entrusted guardian: enter that guardian in input.entrustedGuardian',
    ),
  checkBeforeIssue: (checkedOn: string, issuedOn: string) =>
    invalidInput(
      'DATE_BEFORE_PREVIOUS_STEP',
      'input.checkedOn',
      `input.checkedOn ${checkedOn} is before the order was given (${issuedOn})`,
    ),
};
