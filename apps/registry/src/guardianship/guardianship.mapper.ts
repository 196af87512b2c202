import { maskResidentIdNumber } from '@qz/kernel';
import type { LivingArrangementRecord } from '../children/child.schema';
import type { StoredGuardianship } from './guardianship-state';
import type { Guardianship, GuardianshipSituationValue, LivingArrangement } from './guardianship.model';

export const guardianshipModel = (g: StoredGuardianship | undefined): Guardianship => ({
  agreements: (g?.agreements ?? []).map(({ guardianResidentIdNumber, recordedBy: _by, ...a }) => ({
    ...a,
    maskedGuardianResidentIdNumber: maskResidentIdNumber(guardianResidentIdNumber),
  })),
  situation: (g?.state?.situation ?? null) as GuardianshipSituationValue | null,
  validUntil: g?.state?.validUntil ?? null,
  daysLeft: g?.state?.daysLeft ?? null,
  followUp: g?.followUp
    ? { ...g.followUp, situation: g.followUp.situation as GuardianshipSituationValue }
    : null,
  courtOrders: (g?.courtOrders ?? []).map(({ newGuardian, eventId: _e, ...o }) => ({
    ...o,
    newGuardianKind: newGuardian.kind,
    newGuardianName: newGuardian.name,
  })),
});

export const livingArrangementModel = (r: LivingArrangementRecord | undefined): LivingArrangement | null =>
  r ? { ...r } : null;
