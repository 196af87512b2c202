import type { GroundCheck, InterventionKind, RevocationGround } from './intervention.rules';

export interface StoredIntervention {
  id: string;
  kind: InterventionKind;
  /** The parent or entrusted guardian it is against. */
  against: string;
  decidedOn: string;
  /** The penalty decision or criminal case number. */
  reference: string | null;
  notes: string;
  recordedBy: string;
}

export const PETITIONERS = ['NEAR_RELATIVE', 'VILLAGE_COMMITTEE', 'CIVIL_AFFAIRS', 'PROCURATORATE'] as const;
export const NEW_GUARDIAN_KINDS = ['CIVIL_AFFAIRS', 'WELFARE_INSTITUTION', 'RELATIVE', 'OTHER'] as const;

/** 四(二)5: a petition to the court to revoke a guardian's guardianship, and the court's decision. */
export interface StoredPetition {
  id: string;
  against: string;
  petitioner: (typeof PETITIONERS)[number];
  petitionerName: string;
  filedOn: string;
  grounds: RevocationGround[];
  /** Each ground as checked against the record when filed, with its evidence. */
  checks: GroundCheck[];
  decision: {
    outcome: 'REVOKED' | 'REJECTED';
    court: string;
    decidedOn: string;
    newGuardian: { kind: (typeof NEW_GUARDIAN_KINDS)[number]; name: string } | null;
  } | null;
  recordedBy: string;
}
