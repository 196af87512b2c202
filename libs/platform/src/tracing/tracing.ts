import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

let started: NodeTracerProvider | null = null;

/** Whether the standard OpenTelemetry settings name a collector for traces. */
const otlpConfigured = (env: NodeJS.ProcessEnv) =>
  (env['OTEL_TRACES_EXPORTER'] ?? 'otlp') === 'otlp' &&
  Boolean(env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT']);

/**
 * Tracing for this process (issue 18): one trace per user action, from the gateway through the
 * subgraph, the outbox, Kafka and the consumer's effect, in W3C trace context (`traceparent`).
 * Trace ids are made and carried always (the logs name them); spans leave the process only to the
 * OTLP collector the standard settings name (`OTEL_EXPORTER_OTLP_ENDPOINT`, `OTEL_TRACES_EXPORTER`),
 * or to `exporter` (the tests' in-memory one). Off with `OTEL_SDK_DISABLED=true`. Once per process.
 */
export function startTracing(service: string, exporter?: SpanExporter, env = process.env): void {
  if (started || env['OTEL_SDK_DISABLED'] === 'true') return;
  const spanProcessors: SpanProcessor[] = [];
  if (exporter) spanProcessors.push(new SimpleSpanProcessor(exporter));
  else if (otlpConfigured(env)) spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter()));
  started = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: service }),
    spanProcessors,
  });
  started.register();
}

/** Sends what is still buffered (at shutdown). */
export async function stopTracing(): Promise<void> {
  await started?.shutdown();
}

/** The active trace and span ids, for every log line of the action they belong to. */
export function traceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getActiveSpan()?.spanContext();
  return span ? { trace_id: span.traceId, span_id: span.spanId } : {};
}
