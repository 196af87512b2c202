import { DomainError } from '@qz/kernel';

export const SupervisorErrors = {
  notFound: (id: string, field = 'input.supervisorId') =>
    new DomainError(
      'SUPERVISOR_NOT_FOUND',
      `no supervisor or social worker in post with id ${id}`,
      'not_found',
      {
        field,
      },
    ),
  wrongLevel: (role: string, code: string, level: string) =>
    new DomainError(
      'REGION_LEVEL_MISMATCH',
      `a ${role} is appointed to a ${role === 'VILLAGE_SUPERVISOR' ? 'VILLAGE' : 'TOWNSHIP'}; ${code} is a ${level} (四(二)1, 五(一))`,
      'invalid',
      { field: 'input.regionCode' },
    ),
  postHeld: (role: string, code: string) =>
    new DomainError(
      'SUPERVISOR_POST_HELD',
      `${code} already has a ${role} in post; end that appointment first (one per village or township, 五(一))`,
      'conflict',
      { field: 'input.regionCode' },
    ),
  notForRegion: (id: string, code: string) =>
    new DomainError(
      'SUPERVISOR_NOT_FOR_REGION',
      `supervisor ${id} works in ${code}, which does not include this child's household`,
      'invalid',
      { field: 'input.supervisorId' },
    ),
};
