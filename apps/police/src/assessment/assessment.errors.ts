import { invalidInput } from '@qz/kernel';

export const AssessmentErrors = {
  beforeNotification: (on: string, notifiedOn: string) =>
    invalidInput(
      'ASSESSMENT_BEFORE_NOTIFICATION',
      'input.assessedOn',
      `input.assessedOn ${on} is before the township was notified (${notifiedOn})`,
    ),
  planMissing: () =>
    invalidInput(
      'ASSESSMENT_PLAN_MISSING',
      'input.plan',
      'the child is at risk or in danger on at least one question; input.plan needs at least one service (四(二)4)',
    ),
  serviceRepeated: (service: string) =>
    invalidInput(
      'PLAN_SERVICE_REPEATED',
      'input.plan',
      `${service} appears twice in input.plan; write it once`,
    ),
};
