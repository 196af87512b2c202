import { DomainError } from '@qz/kernel';

export const EscalationErrors = {
  notFound: (id: string) =>
    new DomainError('ESCALATION_NOT_FOUND', `no escalation with id ${id}`, 'not_found', {
      field: 'input.escalationId',
    }),
  notAParty: () =>
    new DomainError(
      'ESCALATION_NOT_YOURS',
      'escalations are acknowledged by the coordinator or the township office (四(二)3, 五(二))',
      'forbidden',
    ),
  alreadyAcknowledged: (id: string, parties: readonly string[]) =>
    new DomainError(
      'ESCALATION_ALREADY_ACKNOWLEDGED',
      `escalation ${id} was acknowledged already by ${parties.join(' and ')}, or is not theirs to acknowledge`,
      'conflict',
      { field: 'input.escalationId' },
    ),
};
