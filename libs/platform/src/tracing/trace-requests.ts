import { Injectable, type NestMiddleware } from '@nestjs/common';
import { context, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A server span for each HTTP request, in the trace its `traceparent` header names (a new one
 * without), active for everything the request does: its events' outbox entries take its trace.
 * The request and response emitters are bound to it, so a body parser's callbacks keep it.
 */
export function traceRequest(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  // A middleware mounted on a route sees the rest of the path in `url`; `originalUrl` is all of it.
  const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '/').split('?')[0];
  const span = trace
    .getTracer('qinzhou-child-protection')
    .startSpan(
      `${req.method ?? 'GET'} ${path}`,
      { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method ?? 'GET', 'url.path': path } },
      parent,
    );
  const active = trace.setSpan(parent, span);
  context.bind(active, req);
  context.bind(active, res);
  res.once('finish', () => {
    span.setAttribute('http.response.status_code', res.statusCode);
    span.end();
  });
  context.with(active, next);
}

/** traceRequest as the subgraphs' middleware on /graphql. */
@Injectable()
export class TraceRequestsMiddleware implements NestMiddleware {
  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    traceRequest(req, res, next);
  }
}
