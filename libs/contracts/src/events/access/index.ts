import { z } from 'zod';
import { producerSchema, regionCodeSchema, type Producer } from '../../envelope/envelope';
import { defineEvent, type EventContract } from '../../envelope/event-contract';

/**
 * DOMAIN.md §6, issue "one graph": a read of a child's sensitive fields, or a change to the child's
 * records, by a person. Every subgraph produces these on its own topic
 * (`<service>.access.recorded.v1`); the registry keeps them in the append-only access log.
 */
export const accessRecordedPayload = z.object({
  childId: z.string().min(1).max(64),
  action: z.enum(['READ', 'CHANGE']),
  /** Fields read (`Type.field`) or input fields changed. */
  fields: z.array(z.string().min(1).max(120)).max(200),
  /** The root operation of the request (`child`, `recordVisit`, ...). */
  operation: z.string().min(1).max(120),
  service: producerSchema,
  user: z.object({
    userId: z.string().min(1).max(128),
    name: z.string().max(128).optional(),
    department: z.string().min(1).max(64),
    roles: z.array(z.string().min(1).max(64)).min(1).max(16),
    regionCode: regionCodeSchema,
  }),
  purpose: z.string().max(200).nullable(),
  requestId: z.string().min(1).max(128),
  at: z.iso.datetime({ offset: true }),
});
export type AccessRecordedPayload = z.infer<typeof accessRecordedPayload>;

const accessRecorded = (producer: Producer) =>
  defineEvent({ producer, entity: 'access', verb: 'recorded', version: 1, payload: accessRecordedPayload });

/** The access-recorded contract of each producing service. */
export const AccessRecordedV1: Record<Producer, EventContract<AccessRecordedPayload>> = {
  registry: accessRecorded('registry'),
  education: accessRecorded('education'),
  health: accessRecorded('health'),
  police: accessRecorded('police'),
  assistance: accessRecorded('assistance'),
};

export const accessEvents = Object.values(AccessRecordedV1);

export const AccessTopics = {
  RegistryAccessRecordedV1: AccessRecordedV1.registry.topic,
  EducationAccessRecordedV1: AccessRecordedV1.education.topic,
  HealthAccessRecordedV1: AccessRecordedV1.health.topic,
  PoliceAccessRecordedV1: AccessRecordedV1.police.topic,
  AssistanceAccessRecordedV1: AccessRecordedV1.assistance.topic,
} as const;
