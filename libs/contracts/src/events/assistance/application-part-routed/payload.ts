import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** Departments that decide parts of a one-window application (一门受理、协同办理, 四(四)1). */
export const APPLICATION_DEPARTMENTS = ['ASSISTANCE', 'HEALTH', 'EDUCATION', 'DPF'] as const;

/** What a part asks for; each kind belongs to one department. */
export const APPLICATION_PART_KINDS = [
  'ORPHAN_ALLOWANCE',
  'TEKUN_SUPPORT',
  'DIBAO',
  'TEMPORARY_ASSISTANCE',
  'MEDICAL_ASSISTANCE',
  'INSURANCE_PREMIUM_SUBSIDY',
  'EDUCATION_AID',
  'REHAB_ASSISTANCE',
] as const;

/**
 * One part of an application received at a township window, routed to the department that decides
 * it after the township's first-instance review. The department records its decision on the
 * application (one place for the status of every part).
 */
export const applicationPartRoutedPayload = z.object({
  applicationId: z.string().min(1).max(64),
  partId: z.string().min(1).max(16),
  childId: z.string().min(1).max(64),
  department: z.enum(APPLICATION_DEPARTMENTS),
  kind: z.enum(APPLICATION_PART_KINDS),
  /** The township whose window received the application (9-digit division code). */
  townshipCode: regionCodeSchema,
  /** Where the child lives. */
  regionCode: regionCodeSchema,
  receivedOn: localDate,
  /** What the applicant asks for in this part, as the window recorded it. */
  request: z.string().min(1).max(500),
});

export type ApplicationPartRoutedPayload = z.infer<typeof applicationPartRoutedPayload>;
