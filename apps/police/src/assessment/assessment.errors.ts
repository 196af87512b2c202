import { DomainError, type ErrorCode } from '@qz/kernel';

const invalid = (code: ErrorCode, field: string, message: string) =>
  new DomainError(code, message, 'invalid', { field });

export const AssessmentErrors = {
  beforeNotification: (on: string, notifiedOn: string) =>
    invalid(
      'ASSESSMENT_BEFORE_NOTIFICATION',
      'input.assessedOn',
      `input.assessedOn ${on} is before the township was notified (${notifiedOn})`,
    ),
  planMissing: () =>
    invalid(
      'ASSESSMENT_PLAN_MISSING',
      'input.plan',
      'the child is at risk or in danger on at least one question; input.plan needs at least one service (四(二)4)',
    ),
  serviceRepeated: (service: string) =>
    invalid('PLAN_SERVICE_REPEATED', 'input.plan', `${service} appears twice in input.plan; write it once`),
};
