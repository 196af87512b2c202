import {
  aChild,
  asUser,
  aUser,
  dropRunDatabases,
  freePort,
  graphql,
  ServiceProcess,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
} from '@qz/testing';
import { ChildRegisteredV1 } from '@qz/contracts';

/** The value of one series in a Prometheus text exposition (0 when absent). */
function sample(text: string, name: string, labels: Record<string, string>): number {
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const body = line.slice(name.length + 1, line.lastIndexOf('}'));
    if (Object.entries(labels).every(([k, v]) => body.includes(`${k}="${v}"`))) {
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

/**
 * Issue 18: `/metrics` on the gateway and the subgraphs. A child registered through the gateway
 * shows in the producer's metrics (request latency by operation, events published) and in a
 * consumer's (processing time of that topic); a refused registration shows as an error by code.
 */
describe('metrics: a mutation seen in the producer and in a consumer', () => {
  const run = uniqueName('metrics');
  const topicPrefix = uniqueTopicPrefix();
  let registry: ServiceProcess;
  let education: ServiceProcess;
  let gateway: ServiceProcess;
  const civil = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const scrape = async (s: ServiceProcess) => {
    const res = await fetch(new URL('/metrics', s.url));
    expect(res.status).toBe(200);
    return res.text();
  };
  const REGISTER = `mutation RegisterForMetrics($input: RegisterChildInput!) { registerChild(input: $input) { id } }`;

  beforeAll(async () => {
    const env = (name: string) => ({ MONGO_DB: `${run}_${name}`, KAFKA_TOPIC_PREFIX: topicPrefix });
    registry = new ServiceProcess('registry', await freePort(), env('registry'));
    education = new ServiceProcess('education', await freePort(), env('education'));
    await Promise.all([registry.start(), education.start()]);
    gateway = new ServiceProcess('gateway', await freePort(), {
      SUBGRAPH_REGISTRY_URL: registry.url,
      SUBGRAPH_EDUCATION_URL: education.url,
    });
    await gateway.start('/health/live');
  });

  afterAll(async () => {
    await gateway?.stop();
    await Promise.all([registry?.stop(), education?.stop()]);
    await dropRunDatabases(run, ['registry', 'education']);
  });

  it('counts the request, the published event and its processing by the consumer', async () => {
    const topic = ChildRegisteredV1.topic;
    const request = { operation: 'RegisterForMetrics', outcome: 'ok' };
    const handled = { topic, outcome: 'handled' };
    const before = {
      gateway: sample(await scrape(gateway), 'qz_graphql_request_duration_seconds_count', request),
      registry: sample(await scrape(registry), 'qz_graphql_request_duration_seconds_count', request),
      published: sample(await scrape(registry), 'qz_events_published_total', { topic }),
      consumed: sample(await scrape(education), 'qz_event_processing_duration_seconds_count', handled),
    };

    const res = await graphql(gateway.url, REGISTER, { input: aChild() }, await asUser(civil));
    expect(res.errors).toBeUndefined();

    expect(sample(await scrape(gateway), 'qz_graphql_request_duration_seconds_count', request)).toBe(
      before.gateway + 1,
    );
    expect(sample(await scrape(registry), 'qz_graphql_request_duration_seconds_count', request)).toBe(
      before.registry + 1,
    );
    await waitFor(
      'the registry publishes child.registered',
      async () =>
        sample(await scrape(registry), 'qz_events_published_total', { topic }) >= before.published + 1 ||
        null,
    );
    await waitFor(
      'education handles child.registered',
      async () =>
        sample(await scrape(education), 'qz_event_processing_duration_seconds_count', handled) >=
          before.consumed + 1 || null,
    );
    const text = await scrape(education);
    expect(
      sample(text, 'qz_event_processing_duration_seconds_bucket', { ...handled, le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    expect(await scrape(registry)).toMatch(
      /^qz_outbox_backlog_documents\{collection="children",service="registry"\} \d+$/m,
    );
  });

  it('counts a refused mutation by its error code, in the gateway and in the subgraph', async () => {
    const error = { operation: 'RegisterForMetrics', code: 'RESIDENT_ID_CHECK_DIGIT' };
    const before = {
      gateway: sample(await scrape(gateway), 'qz_graphql_errors_total', error),
      registry: sample(await scrape(registry), 'qz_graphql_errors_total', error),
    };
    const input = aChild();
    const id = input.residentIdNumber as string;
    const wrongDigit = id.slice(0, 17) + (id[17] === '1' ? '2' : '1');
    const res = await graphql(
      gateway.url,
      REGISTER,
      { input: { ...input, residentIdNumber: wrongDigit } },
      await asUser(civil),
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('RESIDENT_ID_CHECK_DIGIT');

    expect(sample(await scrape(registry), 'qz_graphql_errors_total', error)).toBe(before.registry + 1);
    expect(sample(await scrape(gateway), 'qz_graphql_errors_total', error)).toBe(before.gateway + 1);
  });
});
