import { CITY_CODE } from '../common/region';
import { DISABILITY_TYPES, REHAB_SERVICES, type StandardKind } from './policy.rules';

type Seed = {
  kind: StandardKind;
  subject: string;
  effectiveFrom: string;
  amountFen?: number;
  ratioBp?: number;
  capFen?: number;
};

/**
 * Standards a new installation starts with, city-wide, so that the service computes something
 * before the bureaus enter their own. The policy sets no numbers: these are placeholders of a
 * plausible size (the 2025 national individual contribution of 400 yuan), each replaceable with
 * setHealthPolicyStandard; the version an officer sets wins over these.
 */
const REHAB_CAPS: Record<string, number> = {
  SURGERY: 3_000_000,
  ASSISTIVE_DEVICE: 1_000_000,
  TRAINING: 2_400_000,
};

export const DEFAULT_STANDARDS: Seed[] = [
  { kind: 'PREMIUM_CONTRIBUTION', subject: 'RESIDENT', effectiveFrom: '2024-01-01', amountFen: 38_000 },
  { kind: 'PREMIUM_CONTRIBUTION', subject: 'RESIDENT', effectiveFrom: '2025-01-01', amountFen: 40_000 },
  { kind: 'PREMIUM_SUBSIDY', subject: 'TEKUN', effectiveFrom: '2024-01-01', ratioBp: 10_000 },
  { kind: 'PREMIUM_SUBSIDY', subject: 'DIBAO', effectiveFrom: '2024-01-01', ratioBp: 5_000 },
  { kind: 'PREMIUM_SUBSIDY', subject: 'SEVERELY_DISABLED', effectiveFrom: '2024-01-01', ratioBp: 5_000 },
  {
    kind: 'MEDICAL_ASSISTANCE',
    subject: 'TEKUN',
    effectiveFrom: '2024-01-01',
    ratioBp: 9_000,
    capFen: 4_000_000,
  },
  {
    kind: 'MEDICAL_ASSISTANCE',
    subject: 'ORPHAN',
    effectiveFrom: '2024-01-01',
    ratioBp: 9_000,
    capFen: 4_000_000,
  },
  {
    kind: 'MEDICAL_ASSISTANCE',
    subject: 'DIBAO',
    effectiveFrom: '2024-01-01',
    ratioBp: 8_000,
    capFen: 3_000_000,
  },
  {
    kind: 'MEDICAL_ASSISTANCE',
    subject: 'OTHER_DIFFICULTY',
    effectiveFrom: '2024-01-01',
    ratioBp: 7_000,
    capFen: 2_000_000,
  },
  ...DISABILITY_TYPES.flatMap((type) =>
    REHAB_SERVICES.map((service): Seed => ({
      kind: 'REHAB',
      subject: `${type}:${service}`,
      effectiveFrom: '2024-01-01',
      ratioBp: 10_000,
      capFen: REHAB_CAPS[service],
    })),
  ),
  {
    kind: 'TOMORROW_PLAN',
    subject: 'SURGERY',
    effectiveFrom: '2024-01-01',
    ratioBp: 10_000,
    capFen: 10_000_000,
  },
];

export const defaultStandardDocuments = (now: Date) =>
  DEFAULT_STANDARDS.map((s) => ({
    _id: `seed:${s.kind}:${s.subject}:${s.effectiveFrom}`,
    kind: s.kind,
    subject: s.subject,
    regionCode: CITY_CODE,
    effectiveFrom: s.effectiveFrom,
    effectiveTo: null,
    version: 1,
    amountFen: s.amountFen ?? null,
    ratioBp: s.ratioBp ?? null,
    capFen: s.capFen ?? null,
    reason: 'initial placeholder standard of the installation; replace with the published local standard',
    setBy: 'health:seed',
    setAt: now,
  }));
