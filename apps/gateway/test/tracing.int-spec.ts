import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import {
  aChild,
  asUser,
  aUser,
  DEMO_VILLAGE,
  freePort,
  graphql,
  residentIdFor,
  startWholeSystem,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type WholeSystem,
} from '@qz/testing';

/** A span as an OTLP/HTTP JSON export carries it, with the service that sent it. */
interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** An OTLP/HTTP collector in the test: every span the processes export (JSON encoding). */
async function otlpReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      for (const rs of JSON.parse(body || '{}').resourceSpans ?? []) {
        const service = (rs.resource?.attributes ?? []).find((a: any) => a.key === 'service.name')?.value
          ?.stringValue;
        for (const ss of rs.scopeSpans ?? [])
          for (const s of ss.spans ?? [])
            spans.push({
              service,
              traceId: s.traceId,
              spanId: s.spanId,
              parentSpanId: s.parentSpanId,
              name: s.name,
            });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Issue 18, tracing: one user action is one trace from the gateway through the subgraph, the
 * outbox and Kafka to the consumer's effect in another service. The processes run from dist/ and
 * export their spans over OTLP/HTTP to a collector in this test (the standard settings
 * OTEL_EXPORTER_OTLP_ENDPOINT and OTEL_BSP_SCHEDULE_DELAY, as production sets them).
 */
describe('tracing: a mutation and its effect in another department share one trace', () => {
  let receiver: Awaited<ReturnType<typeof otlpReceiver>>;
  let system: WholeSystem;
  const saved = { ...process.env };

  beforeAll(async () => {
    receiver = await otlpReceiver();
    Object.assign(process.env, { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_BSP_SCHEDULE_DELAY: '200' });
    system = await startWholeSystem(uniqueName('trace'), uniqueTopicPrefix(), ['registry', 'education']);
  }, 240_000);

  afterAll(async () => {
    process.env = saved;
    await system?.stop();
    await receiver?.close();
  });

  it('registerChild through the gateway → the registry → child.registered → education’s copy: one trace id', async () => {
    const traceId = randomBytes(16).toString('hex');
    const traceparent = `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
    const birthDate = '2016-04-02';
    const res = await graphql(
      system.gateway.url.replace(/\/graphql$/, '/graphql'),
      `
        mutation ($input: RegisterChildInput!) {
          registerChild(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          ...aChild({ birthDate, residentIdNumber: residentIdFor(birthDate, 'FEMALE') }),
          regionCode: DEMO_VILLAGE,
        },
      },
      { ...(await asUser(aUser('CIVIL_AFFAIRS_OFFICER', '450702'))), traceparent },
    );
    expect(res.errors).toBeUndefined();

    const inTrace = () => receiver.spans.filter((s) => s.traceId === traceId);
    const consumed = await waitFor(
      'education’s consumer span in the action’s trace',
      () =>
        inTrace().find((s) => s.service === 'education' && s.name === 'consume registry.child.registered.v1'),
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    const services = new Set(inTrace().map((s) => s.service));
    expect([...services].sort()).toEqual(['education', 'gateway', 'registry']);
    // The chain: the gateway's request (and Apollo's own steps in it) → the registry's request → its
    // publish (by the outbox relay) → education's consumer.
    const byId = new Map(inTrace().map((s) => [s.spanId, s]));
    const chain: string[] = [];
    for (
      let s: ReceivedSpan | undefined = consumed;
      s;
      s = s.parentSpanId ? byId.get(s.parentSpanId) : undefined
    )
      chain.unshift(`${s.service}: ${s.name}`);
    expect(chain).toEqual([
      'gateway: POST /graphql',
      'gateway: gateway.request',
      'gateway: gateway.execute',
      'gateway: gateway.fetch',
      'registry: POST /graphql',
      'registry: publish registry.child.registered.v1',
      'education: consume registry.child.registered.v1',
    ]);
  });
});
