/**
 * What a gateway asks of the subgraphs for one request, to replay it straight against them:
 * a recording proxy in front of each subgraph and an instance of the gateway pointed at the
 * proxies (run only for the few capture requests, never during the measured runs).
 */
import { freePort } from '@qz/testing';
import { createServer, type Server } from 'node:http';

export interface SubgraphFetch {
  url: string;
  body: string;
  start: number;
  end: number;
}

/** The fetches of one gateway request, grouped into the stages of its plan (a stage waits for the previous). */
export type Stages = { url: string; body: string }[][];

export function stagesOf(fetches: SubgraphFetch[]): Stages {
  const sorted = [...fetches].sort((a, b) => a.start - b.start);
  const stages: Stages = [];
  let stageEnd = -Infinity;
  for (const f of sorted) {
    if (f.start >= stageEnd) stages.push([]);
    stageEnd = Math.max(stageEnd, f.end);
    stages[stages.length - 1].push({ url: f.url, body: f.body });
  }
  return stages;
}

/** A gateway started in front of the given subgraph URLs (by name), to be stopped after use. */
export type StartGateway = (
  subgraphUrls: Map<string, string>,
) => Promise<{ url: string; stop(): Promise<unknown> }>;

export async function captureStages(
  subgraphUrls: Map<string, string>,
  startGateway: StartGateway,
  send: (gatewayUrl: string) => Promise<unknown>,
): Promise<Stages> {
  const fetches: SubgraphFetch[] = [];
  const servers: Server[] = [];
  const proxied = new Map<string, string>();
  for (const [name, target] of subgraphUrls) {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString();
        const start = performance.now();
        const headers = Object.fromEntries(
          Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
        ) as Record<string, string>;
        fetch(target, { method: 'POST', headers, body })
          .then(async (r) => {
            const text = await r.text();
            fetches.push({ url: target, body, start, end: performance.now() });
            res.writeHead(r.status, { 'content-type': 'application/json' }).end(text);
          })
          .catch((e: unknown) => res.writeHead(502).end(String(e)));
      });
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    servers.push(server);
    proxied.set(name, `http://127.0.0.1:${port}/graphql`);
  }
  const gateway = await startGateway(proxied);
  try {
    await send(gateway.url);
    return stagesOf(fetches);
  } finally {
    await gateway.stop();
    for (const s of servers) s.close();
  }
}
