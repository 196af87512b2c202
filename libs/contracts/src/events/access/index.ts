import { z } from 'zod';
import { producerSchema, regionCodeSchema, type Producer } from '../../envelope/envelope';
import { defineEvent, type EventContract } from '../../envelope/event-contract';

/**
 * docs/domain/data-about-minors.md, issue "one graph": a read of a child's sensitive fields, or a change to the child's
 * records, by a person. Every subgraph produced these on its own topic
 * (`<service>.access.recorded.v1`), one per child; superseded by v2 (one per request), which the
 * registry still accepts in v1 for the events already on the topics.
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

/** Children one access record may name: more than a page of the largest list (200). */
export const MAX_CHILDREN_PER_ACCESS_RECORD = 1000;

/**
 * Issue 13: what one request read (or changed) about children, in one event: every child with the
 * fields read or changed (a page of 50 children is one record, not 50). The registry keeps it as
 * one entry of the append-only access log, found by each of its children. Each subgraph produces
 * these on `<service>.access.recorded.v2`; the envelope's subject is the request id.
 */
export const accessRecordedV2Payload = accessRecordedPayload.omit({ childId: true, fields: true }).extend({
  children: z
    .array(
      z.object({
        childId: z.string().min(1).max(64),
        /** Fields read (`Type.field`) or input fields changed. */
        fields: z.array(z.string().min(1).max(120)).max(200),
      }),
    )
    .min(1)
    .max(MAX_CHILDREN_PER_ACCESS_RECORD),
});
export type AccessRecordedV2Payload = z.infer<typeof accessRecordedV2Payload>;

const accessRecordedV2 = (producer: Producer) =>
  defineEvent({ producer, entity: 'access', verb: 'recorded', version: 2, payload: accessRecordedV2Payload });

/** The access-recorded contract (one event per request) of each producing service. */
export const AccessRecordedV2: Record<Producer, EventContract<AccessRecordedV2Payload>> = {
  registry: accessRecordedV2('registry'),
  education: accessRecordedV2('education'),
  health: accessRecordedV2('health'),
  police: accessRecordedV2('police'),
  assistance: accessRecordedV2('assistance'),
};

export const accessEvents = [...Object.values(AccessRecordedV1), ...Object.values(AccessRecordedV2)];

export const AccessTopics = {
  RegistryAccessRecordedV1: AccessRecordedV1.registry.topic,
  EducationAccessRecordedV1: AccessRecordedV1.education.topic,
  HealthAccessRecordedV1: AccessRecordedV1.health.topic,
  PoliceAccessRecordedV1: AccessRecordedV1.police.topic,
  AssistanceAccessRecordedV1: AccessRecordedV1.assistance.topic,
  RegistryAccessRecordedV2: AccessRecordedV2.registry.topic,
  EducationAccessRecordedV2: AccessRecordedV2.education.topic,
  HealthAccessRecordedV2: AccessRecordedV2.health.topic,
  PoliceAccessRecordedV2: AccessRecordedV2.police.topic,
  AssistanceAccessRecordedV2: AccessRecordedV2.assistance.topic,
} as const;
