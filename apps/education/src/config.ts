import { subgraphConfigSchema } from '@qz/platform';
import { z } from 'zod';

/** `450721:5,450722:2` → { '450721': 5, '450722': 2 } */
const countyDays = z
  .string()
  .regex(
    /^(\d{6}:\d{1,2}(,\d{6}:\d{1,2})*)?$/,
    'county:days pairs separated by commas, e.g. 450721:5,450722:2',
  )
  .default('')
  .transform((s) =>
    Object.fromEntries(
      s
        .split(',')
        .filter(Boolean)
        .map((pair) => pair.split(':'))
        .map(([county, days]) => [county, Number(days)]),
    ),
  );

/** The education service's settings (the policy leaves these numbers to the counties). */
export const educationConfigSchema = subgraphConfigSchema.extend({
  /** Working days a school has to send the written dropout report (四(二)6); default 3. */
  DROPOUT_REPORT_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(3),
  /** Per-county deadlines that differ from the default. */
  DROPOUT_REPORT_WORKING_DAYS_BY_COUNTY: countyDays,
  /** Unexcused absences on consecutive school days that open an absence risk record. */
  ABSENCE_RISK_CONSECUTIVE_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** Unexcused absence days within ABSENCE_RISK_WINDOW_DAYS that open an absence risk record. */
  ABSENCE_RISK_CUMULATIVE_DAYS: z.coerce.number().int().min(1).max(200).default(7),
  ABSENCE_RISK_WINDOW_DAYS: z.coerce.number().int().min(1).max(366).default(30),
});

export type EducationConfig = z.infer<typeof educationConfigSchema>;
