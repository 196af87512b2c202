import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Link,
} from '@opentelemetry/api';

/** The W3C trace-context header an event carries from the change that made it to its consumers. */
export const TRACEPARENT = 'traceparent';

const tracer = () => trace.getTracer('qinzhou-child-protection');

/** The W3C `traceparent` of the active span, when tracing is on and a span is active. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier[TRACEPARENT];
}

/** The context a `traceparent` (a header or an outbox entry) names; the root without one. */
export function contextOf(traceparent: string | undefined | null): Context {
  return traceparent ? propagation.extract(ROOT_CONTEXT, { [TRACEPARENT]: traceparent }) : ROOT_CONTEXT;
}

/** A Kafka header value as text (kafkajs gives Buffers, or arrays of them). */
export function headerText(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  if (one === undefined || one === null) return undefined;
  return Buffer.isBuffer(one) ? one.toString('utf8') : String(one);
}

/** The `traceparent` header a Kafka message carries, if any. */
export const traceOf = (message: { headers?: Record<string, unknown> }) =>
  headerText(message.headers?.[TRACEPARENT]);

/** A link to the span a `traceparent` names (none without one): a batch's other events. */
export function linkTo(traceparent: string | undefined): Link[] {
  const span = trace.getSpanContext(contextOf(traceparent));
  return span ? [{ context: span }] : [];
}

/**
 * Runs `work` in a new span under `parent` (its trace continues), ending it when the work ends and
 * recording a failure on it. With tracing off the API's no-op tracer makes this a plain call.
 */
export function inSpan<T>(
  name: string,
  parent: Context,
  options: { kind: SpanKind; attributes?: Attributes; links?: Link[] },
  work: () => Promise<T>,
): Promise<T> {
  return tracer().startActiveSpan(name, options, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: String((error as Error)?.message ?? error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * The `traceparent` to send with an event on the broker: a producer span, child of the change that
 * made the event (its outbox entry's), ended at once — the relay publishes long after that change.
 */
export function publishTraceparent(topic: string, madeIn: string | undefined): string | undefined {
  if (!madeIn) return undefined;
  const span = tracer().startSpan(
    `publish ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': topic },
    },
    contextOf(madeIn),
  );
  const carrier: Record<string, string> = {};
  propagation.inject(trace.setSpan(ROOT_CONTEXT, span), carrier);
  span.end();
  return carrier[TRACEPARENT] ?? madeIn;
}

export { SpanKind };
