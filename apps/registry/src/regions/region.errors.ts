import { DomainError } from '@qz/kernel';

export const RegionErrors = {
  unknown: (code: string, field: string) =>
    new DomainError(
      'UNKNOWN_REGION',
      `${field} ${code.slice(0, 20)} is not a region in the ledger`,
      'invalid',
      {
        field,
      },
    ),
  notAVillage: (code: string, level: string, field: string) =>
    new DomainError(
      'REGION_NOT_A_VILLAGE',
      `${field} ${code} is a ${level}; a child's household region is a village or community (12-digit code)`,
      'invalid',
      { field },
    ),
};
