import type { ReporterKind } from '@qz/contracts';
import { DUTY_BEARERS } from '../cases/intake.rules';

/** Organisations a reporting failure can be recorded against: the duty-bearers of 四(二)2. */
export const ACCOUNTABLE_KINDS: readonly ReporterKind[] = DUTY_BEARERS.filter((k) => k !== 'REGISTRY_ALERT');

/**
 * 四(二)2 负有强制报告责任的单位和人员未履行报告义务的…要严肃追责: a failure is recorded only against a
 * duty-bearer, and not when that organisation did report in the case.
 */
export function failureRefusal(
  kind: ReporterKind,
  organisation: string,
  reports: { reporterKind: string; reporterOrganisation: string | null }[],
): 'NOT_A_DUTY_BEARER' | 'DUTY_BEARER_DID_REPORT' | null {
  if (!ACCOUNTABLE_KINDS.includes(kind)) return 'NOT_A_DUTY_BEARER';
  const name = organisation.trim();
  if (reports.some((r) => r.reporterKind === kind && r.reporterOrganisation?.trim() === name))
    return 'DUTY_BEARER_DID_REPORT';
  return null;
}

export interface FailureRow {
  regionCode: string;
  organisationKind: string;
  organisation: string;
  caseId: string;
}

/** Failures grouped by region and organisation, most failures first. */
export function tally(rows: FailureRow[]) {
  const groups = new Map<
    string,
    { regionCode: string; organisationKind: string; organisation: string; caseIds: string[] }
  >();
  for (const r of rows) {
    const key = `${r.regionCode}|${r.organisationKind}|${r.organisation}`;
    const g = groups.get(key) ?? {
      regionCode: r.regionCode,
      organisationKind: r.organisationKind,
      organisation: r.organisation,
      caseIds: [],
    };
    g.caseIds.push(r.caseId);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, failures: g.caseIds.length }))
    .sort(
      (a, b) =>
        b.failures - a.failures ||
        a.regionCode.localeCompare(b.regionCode) ||
        a.organisation.localeCompare(b.organisation),
    );
}
