import { z } from 'zod';
import { regionCodeSchema } from '../../../envelope/envelope';
import { defineEvent } from '../../../envelope/event-contract';
import { policeLocalDate } from '../common';

/**
 * 四(二)3 last sentence / 四(二)4: police notified the township government, which opens the
 * assessment (评估帮扶) due by `assessmentDueOn` (working days from the notification).
 */
export const townshipNotifiedPayload = z.object({
  caseId: z.string().min(1).max(64),
  childId: z.string().min(1).max(64).nullable(),
  regionCode: regionCodeSchema,
  /** The township (9-digit division code) that assesses. */
  townshipCode: z.string().regex(/^\d{9}$/, 'a 9-digit township code'),
  notifiedAt: z.iso.datetime({ offset: true }),
  assessmentDueOn: policeLocalDate,
});
export type TownshipNotifiedPayload = z.infer<typeof townshipNotifiedPayload>;

export const TownshipNotifiedV1 = defineEvent({
  producer: 'police',
  entity: 'township',
  verb: 'notified',
  version: 1,
  payload: townshipNotifiedPayload,
});
