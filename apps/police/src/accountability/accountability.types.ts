import type { ReporterKind } from '@qz/contracts';

/** A duty-bearer's failure to report, as stored in the case (case.schema.ts). */
export interface StoredReportingFailure {
  id: string;
  organisationKind: ReporterKind;
  organisation: string;
  knewOn: string;
  facts: string;
  recordedBy: string;
}
