import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { CATEGORY_CODES } from '../../registry/child-classified/payload';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * What a school saw that it must report to the police at once (四(二)2 强制报告): a dropout, a
 * truancy risk (absences over the threshold), or a sign that the child has no guardian acting.
 */
export const MANDATORY_REPORT_CONCERNS = ['DROPOUT', 'TRUANCY_RISK', 'MISSING_GUARDIANSHIP'] as const;
export type MandatoryReportConcern = (typeof MANDATORY_REPORT_CONCERNS)[number];

/**
 * A mandatory report from a school about a left-behind child or a child in difficulty. The police
 * service receives it as a report from a duty-bearer (reporter kind SCHOOL).
 */
export const mandatoryReportRaisedPayload = z.object({
  /** Unique per report; the police service keys its received report on it. */
  reportId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64),
  concern: z.enum(MANDATORY_REPORT_CONCERNS),
  reporter: z.object({
    kind: z.literal('SCHOOL'),
    schoolId: z.string().min(1).max(64),
    schoolName: z.string().min(1).max(100),
    /** The staff member who recorded what the report is about. */
    person: z.string().min(1).max(100),
  }),
  /** Region of the school (division code). */
  regionCode: regionCodeSchema,
  /** The day the school observed it (China time). */
  observedOn: localDate,
  /** Why the child is one the school must report on: the registry's categories when it reported. */
  childCategories: z.array(z.enum(CATEGORY_CODES)).min(1),
  leftBehind: z.boolean(),
  inDifficulty: z.boolean(),
  /** What the school saw, in its own words. */
  facts: z.string().min(1).max(2000),
  /** The education record the report comes from: a dropout case or an absence risk record. */
  source: z.object({
    kind: z.enum(['DROPOUT_CASE', 'ABSENCE_RISK']),
    id: z.string().min(1).max(64),
    caseNumber: z.string().max(64).nullable(),
  }),
  /** The rule that obliges the report. */
  rule: z.string().min(1).max(200),
});

export type MandatoryReportRaisedPayload = z.infer<typeof mandatoryReportRaisedPayload>;
