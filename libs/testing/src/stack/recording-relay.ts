import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { freePort } from './service-process';

/** One request the relay passed on: its headers and its body, as they arrived. */
export interface RelayedRequest {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A relay in front of a service: it records every request, then forwards it unchanged. */
export interface RecordingRelay {
  url: string;
  seen: RelayedRequest[];
  close(): Promise<void>;
}

/**
 * Starts a relay that records each POST to it and forwards it to `target` (a service's /graphql):
 * what a gateway sends a subgraph, seen from between them, as an eavesdropper would see it.
 */
export async function recordingRelay(target: string): Promise<RecordingRelay> {
  const seen: RelayedRequest[] = [];
  const port = await freePort();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      seen.push({ headers: req.headers, body: body.toString() });
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
      ) as Record<string, string>;
      const answer = await fetch(target, { method: 'POST', headers, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    seen,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
