import type { z } from 'zod';
import { envelopeSchema, type Envelope, type Producer } from './envelope';

/**
 * One event's contract: its name, version, the topic it travels on, and the validator that the
 * producer runs before sending and the consumer runs before handling.
 */
export interface EventContract<P> {
  readonly type: string;
  readonly version: number;
  readonly producer: Producer;
  /** `<service>.<entity>.<verb>.v<N>`; a breaking change is a new version on a new topic. */
  readonly topic: string;
  readonly payloadSchema: z.ZodType<P>;
  /** Returns the typed envelope or throws an EventContractError naming each wrong field. */
  parse(candidate: unknown): Envelope<P>;
}

export type PayloadOf<C> = C extends EventContract<infer P> ? P : never;

export class EventContractError extends Error {
  readonly code: 'EVENT_CONTRACT_VIOLATION' | 'EVENT_PRODUCER_MISMATCH' = 'EVENT_CONTRACT_VIOLATION';

  constructor(
    readonly topic: string,
    readonly issues: string[],
  ) {
    super(`event does not match the contract of ${topic}: ${issues.join('; ')}`);
    this.name = 'EventContractError';
  }
}

/**
 * An envelope on a topic that names another service as its producer: only the service that owns a
 * topic (its first segment, the contract's `producer`) may publish on it. A forgery or a misrouted
 * message; never applied. Its `issues` name every other violation too.
 */
export class EventProducerError extends EventContractError {
  override readonly code = 'EVENT_PRODUCER_MISMATCH' as const;

  constructor(topic: string, issues: string[]) {
    super(topic, issues);
    this.name = 'EventProducerError';
  }
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

export function defineEvent<S extends z.ZodType>(spec: {
  producer: Producer;
  entity: string;
  verb: string;
  version: number;
  payload: S;
}): EventContract<z.infer<S>> {
  const type = `${spec.producer}.${spec.entity}.${spec.verb}`;
  const topic = `${type}.v${spec.version}`;
  return {
    type,
    version: spec.version,
    producer: spec.producer,
    topic,
    payloadSchema: spec.payload as z.ZodType<z.infer<S>>,
    parse(candidate: unknown) {
      const envelope = envelopeSchema.safeParse(candidate);
      if (!envelope.success) throw new EventContractError(topic, describeIssues(envelope.error));
      const e = envelope.data;
      const issues: string[] = [];
      if (e.type !== type) issues.push(`type: expected ${type}, got ${e.type}`);
      if (e.version !== spec.version) issues.push(`version: expected ${spec.version}, got ${e.version}`);
      if (e.producer !== spec.producer) issues.push(`producer: expected ${spec.producer}, got ${e.producer}`);
      const payload = spec.payload.safeParse(e.payload);
      if (!payload.success) issues.push(...describeIssues(payload.error).map((i) => `payload.${i}`));
      if (e.producer !== spec.producer) throw new EventProducerError(topic, issues);
      if (issues.length) throw new EventContractError(topic, issues);
      return { ...e, payload: payload.data as z.infer<S> };
    },
  };
}
