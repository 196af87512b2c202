import { z } from 'zod';
import type { Producer } from '../../envelope/envelope';
import { defineEvent, type EventContract } from '../../envelope/event-contract';
import { applicationPartRoutedPayload } from '../assistance/application-part-routed';

/**
 * 四(四)1 协同办理: the departments whose service decides a one-window part itself, and that
 * service. The DPF's rehabilitation is kept in the health service (its officers work there).
 * Assistance decides its own parts on the application; nothing travels for them.
 */
export const WINDOW_PART_SERVICE = {
  HEALTH: 'health',
  DPF: 'health',
  EDUCATION: 'education',
} as const satisfies Record<string, Producer>;
export type WindowPartDepartment = keyof typeof WINDOW_PART_SERVICE;
export type WindowPartService = (typeof WINDOW_PART_SERVICE)[WindowPartDepartment];
export const WINDOW_PART_DEPARTMENTS = Object.keys(WINDOW_PART_SERVICE) as WindowPartDepartment[];

/**
 * A part's id across services, `<applicationId>:<partId>`: the deciding service keeps the part under
 * it, and the federated ApplicationPart entity is keyed by it (the window reads the deciding
 * service's progress of the part through it).
 */
export const windowPartId = (applicationId: string, partId: string) => `${applicationId}:${partId}`;

/**
 * A deciding department's decision on a part of a one-window application (the part as assistance
 * routed it, and the decision): assistance records it on the application, whose window shows it.
 * `automatic` when the department's rules refused the part on arrival (no officer involved).
 */
export const applicationPartDecidedPayload = applicationPartRoutedPayload
  .pick({ applicationId: true, partId: true, childId: true, kind: true, regionCode: true })
  .extend({
    department: z.enum(WINDOW_PART_DEPARTMENTS as [WindowPartDepartment, ...WindowPartDepartment[]]),
    approved: z.boolean(),
    /** What the family is told: the reason, or what is granted. */
    note: z.string().min(1).max(1000),
    /** The rule of the policy the decision applied. */
    rule: z.string().min(1).max(300),
    decidedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'),
    /** `<DEPARTMENT>:<person id>`, or `<DEPARTMENT>:rules` for an automatic refusal. */
    decidedBy: z.string().min(1).max(100),
    automatic: z.boolean(),
    /**
     * What the department granted, in fen, computed by its own rules and charged to its budget
     * (health's medical and rehabilitation assistance; the premium subsidy of the year). Absent or
     * null when the part carries no amount (a refusal, education aid). Added later: optional.
     */
    amountFen: z.number().int().nonnegative().nullable().optional(),
    /**
     * The department's own record the approved part became or was linked to (a health application,
     * a premium-subsidy decision, an education aid proposal). Added later: optional.
     */
    recordId: z.string().min(1).max(140).nullable().optional(),
  });
export type ApplicationPartDecidedPayload = z.infer<typeof applicationPartDecidedPayload>;

const decided = (producer: WindowPartService) =>
  defineEvent({
    producer,
    entity: 'application-part',
    verb: 'decided',
    version: 1,
    payload: applicationPartDecidedPayload,
  });

/** The decision contract of each deciding service (`<service>.application-part.decided.v1`). */
export const ApplicationPartDecidedV1: Record<
  WindowPartService,
  EventContract<ApplicationPartDecidedPayload>
> = { health: decided('health'), education: decided('education') };

export const applicationPartEvents = Object.values(ApplicationPartDecidedV1);

export const ApplicationPartTopics = {
  HealthApplicationPartDecidedV1: ApplicationPartDecidedV1.health.topic,
  EducationApplicationPartDecidedV1: ApplicationPartDecidedV1.education.topic,
} as const;
