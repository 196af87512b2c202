import { isAgeWithin, type LocalDate } from '@qz/kernel';

/**
 * Under 16: may not live alone without a guardian; found alone, it is a case for police (四(一)1, 四(二)3)
 */
export function isForbiddenToLiveAlone(birthDate: LocalDate, on: LocalDate): boolean {
  return isAgeWithin(birthDate, on, 0, 16);
}

/** The summary of a child's protection cases shown in the whole picture. */
export function protectionSummary(
  cases: readonly {
    status: string;
    reports: readonly { receivedAt: Date }[];
    interventions?: readonly unknown[] | null;
    petitions?: readonly unknown[] | null;
  }[],
) {
  const received = cases.flatMap((c) => c.reports.map((r) => r.receivedAt.getTime()));
  return {
    openCases: cases.filter((c) => c.status !== 'CLOSED').length,
    closedCases: cases.filter((c) => c.status === 'CLOSED').length,
    lastReportedAt: received.length ? new Date(Math.max(...received)) : null,
    guardianshipIntervened: cases.some(
      (c) => (c.interventions?.length ?? 0) + (c.petitions?.length ?? 0) > 0,
    ),
  };
}
