import type { ReporterKind } from '@qz/contracts';

/** The reporting person as entered: a name and a phone, each possibly blank. */
export interface ReporterIdentity {
  anonymous: boolean;
  name: string | null;
  phone: string | null;
}

export type AnonymityRefusal =
  'ANONYMOUS_REPORT_NOT_PUBLIC' | 'ANONYMOUS_REPORTER_IDENTIFIED' | 'FIELD_REQUIRED';

/**
 * 四(二)2 (动员社会公众…主动报告): a member of the public may report without saying who they are;
 * a body reporting (a duty-bearer, an institution, a prison) always names its person, whose
 * failure to report is followed up (追责). An anonymous report carries no name and no phone —
 * nothing of the person is taken in, so nothing of it can be stored; a named one has a name.
 */
export function anonymityRefusal(kind: ReporterKind, who: ReporterIdentity): AnonymityRefusal | null {
  if (who.anonymous && kind !== 'PUBLIC') return 'ANONYMOUS_REPORT_NOT_PUBLIC';
  if (who.anonymous && (who.name || who.phone)) return 'ANONYMOUS_REPORTER_IDENTIFIED';
  if (!who.anonymous && !who.name) return 'FIELD_REQUIRED';
  return null;
}
