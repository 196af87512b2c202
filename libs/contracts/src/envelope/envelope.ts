import { z } from 'zod';

/** Who caused an event: a signed-in person, or the system itself (a sweep, a consumer). */
export const actorSchema = z.object({
  kind: z.enum(['user', 'system']),
  id: z.string().min(1).max(128),
  department: z.string().max(64).optional(),
});
export type Actor = z.infer<typeof actorSchema>;

/** Service names that produce events; a topic starts with one of them. */
export const producerSchema = z.enum(['registry', 'education', 'health', 'police', 'assistance']);
export type Producer = z.infer<typeof producerSchema>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A calendar date of the policy's world (China time), written YYYY-MM-DD. */
export const localDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** Division codes: 6 digits (county and above) or 9/12 digits (township, village). */
export const regionCodeSchema = z
  .string()
  .regex(/^\d{6}(\d{3}(\d{3})?)?$/, 'a 6-, 9- or 12-digit division code');

/**
 * The fields every event carries, whatever its payload. The Kafka key is `subject` (the child's id
 * where there is one), so one child's events stay in order on one partition.
 */
export const envelopeSchema = z.object({
  id: z.string().regex(UUID, 'a UUID'),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/, '<service>.<entity>.<verb>'),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  producer: producerSchema,
  subject: z.string().min(1).max(128).nullable(),
  regionCode: regionCodeSchema.nullable(),
  actor: actorSchema,
  correlationId: z.string().min(1).max(128),
  causationId: z.string().min(1).max(128).nullable(),
  payload: z.unknown(),
});

export type EnvelopeBase = z.infer<typeof envelopeSchema>;
export type Envelope<P = unknown> = Omit<EnvelopeBase, 'payload'> & { payload: P };
