import { CATEGORY_CODES } from '@qz/contracts';
import { type LocalDate, type Period } from '@qz/kernel';

export interface ChildFacts {
  categoryCodes: string[];
  leftBehind: boolean;
  /** The guardianship situation of a left-behind child (NO_AGREEMENT, AGREEMENT_ENDED, ...). */
  guardianshipSituation: string | null;
  visitDates: LocalDate[];
}

export interface Appointment {
  role: string;
  regionCode: string;
  appointedOn: LocalDate;
  endedOn: LocalDate | null;
}

export interface RegistryIndicatorFacts {
  children: ChildFacts[];
  villageCodes: string[];
  townshipCodes: string[];
  appointments: Appointment[];
}

export interface RegistryIndicatorValues {
  children: number;
  childrenByCategory: { category: string; count: number }[];
  villages: number;
  villagesWithSupervisor: number;
  villageSupervisorShare: number | null;
  townships: number;
  townshipsWithSocialWorker: number;
  townshipSocialWorkerShare: number | null;
  visits: number;
  visitsPerChild: number | null;
  leftBehindWithoutValidGuardian: number;
}

/** Not (or no longer) covered by a valid entrusted guardianship agreement (四(一)3). */
const WITHOUT_VALID_GUARDIAN = new Set(['NO_AGREEMENT', 'AGREEMENT_ENDED']);

/** In post on the last day of the period. */
const inPostAt = (a: Appointment, day: LocalDate) =>
  a.appointedOn <= day && (a.endedOn === null || a.endedOn >= day);

const share = (part: number, whole: number) => (whole ? Math.round((part / whole) * 10_000) / 10_000 : null);

/**
 * docs/domain/indicators.md, the registry's part, for a region's subtree and a period:
 * - children by category (the current classification; every category listed, zeros included);
 * - the share of villages with a village supervisor and of townships with a child social worker,
 *   in post on the last day of the period (四(二)1, 五(一));
 * - visits in the period per child of the ledger (四(一)4);
 * - left-behind children without a valid entrusted guardian (no agreement, or it ended; one ending
 *   soon is still valid) (四(一)3).
 */
export function computeRegistryIndicators(
  facts: RegistryIndicatorFacts,
  period: Period,
): RegistryIndicatorValues {
  const byCategory = new Map<string, number>(CATEGORY_CODES.map((c) => [c, 0]));
  let visits = 0;
  let withoutGuardian = 0;
  for (const c of facts.children) {
    for (const code of new Set(c.categoryCodes)) byCategory.set(code, (byCategory.get(code) ?? 0) + 1);
    visits += c.visitDates.filter((d) => d >= period.from && d <= period.to).length;
    if (c.leftBehind && c.guardianshipSituation && WITHOUT_VALID_GUARDIAN.has(c.guardianshipSituation))
      withoutGuardian += 1;
  }
  const covered = (role: string, codes: string[]) => {
    const wanted = new Set(codes);
    return new Set(
      facts.appointments
        .filter((a) => a.role === role && wanted.has(a.regionCode) && inPostAt(a, period.to))
        .map((a) => a.regionCode),
    ).size;
  };
  const villagesWithSupervisor = covered('VILLAGE_SUPERVISOR', facts.villageCodes);
  const townshipsWithSocialWorker = covered('TOWNSHIP_SOCIAL_WORKER', facts.townshipCodes);
  return {
    children: facts.children.length,
    childrenByCategory: [...byCategory].map(([category, count]) => ({ category, count })),
    villages: facts.villageCodes.length,
    villagesWithSupervisor,
    villageSupervisorShare: share(villagesWithSupervisor, facts.villageCodes.length),
    townships: facts.townshipCodes.length,
    townshipsWithSocialWorker,
    townshipSocialWorkerShare: share(townshipsWithSocialWorker, facts.townshipCodes.length),
    visits,
    visitsPerChild: facts.children.length ? Math.round((visits / facts.children.length) * 100) / 100 : null,
    leftBehindWithoutValidGuardian: withoutGuardian,
  };
}
