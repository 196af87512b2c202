import type { Application } from './application.repository';

/** What was approved for the child in the programme (and subject) in the year of `serviceDate`. */
export function usedThisYear(
  applications: readonly Application[],
  programme: string,
  serviceDate: string,
  subject: string | null,
  except?: string,
): number {
  const year = serviceDate.slice(0, 4);
  return applications
    .filter(
      (a) =>
        a.id !== except &&
        a.programme === programme &&
        a.serviceDate.slice(0, 4) === year &&
        (subject === null || a.computation?.subject === subject) &&
        (a.status === 'APPROVED' || a.status === 'DISBURSED'),
    )
    .reduce((sum, a) => sum + (a.approvedAmountFen ?? 0), 0);
}
