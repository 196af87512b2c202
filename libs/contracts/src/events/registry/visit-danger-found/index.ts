import { z } from 'zod';
import { defineEvent } from '../../../envelope/event-contract';
import { visitRecordedPayload } from '../visit-recorded';

/**
 * What a visitor may find that puts the child in danger now (四(二)2–3): signs of abuse or
 * violence; an injury; no one caring for the child (no guardian acting, no food or shelter);
 * a child under 16 living alone. Any one is a report to police (四(二)2: the village committee and
 * the social workers who visit owe it).
 */
export const DANGER_SIGNS = ['ABUSE', 'INJURY', 'NO_CARE', 'LIVING_ALONE'] as const;
export type DangerSign = (typeof DANGER_SIGNS)[number];

/** 四(一)4 → 四(二)2: a visit found danger signs; police open a report with the visit as its source. */
export const visitDangerFoundPayload = visitRecordedPayload
  .pick({ childId: true, visitId: true, regionCode: true, kind: true, visitedOn: true })
  .extend({
    visitorName: z.string().min(1).max(50),
    /** The supervisor or social worker who visited, if one. */
    supervisorId: z.string().min(1).max(64).nullable(),
    signs: z.array(z.enum(DANGER_SIGNS)).min(1),
    /** What the visitor wrote down. */
    findings: z.string().min(1).max(2000),
  });
export type VisitDangerFoundPayload = z.infer<typeof visitDangerFoundPayload>;

export const VisitDangerFoundV1 = defineEvent({
  producer: 'registry',
  entity: 'visit',
  verb: 'danger-found',
  version: 1,
  payload: visitDangerFoundPayload,
});
