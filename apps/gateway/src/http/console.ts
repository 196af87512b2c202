import type { INestApplication } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** dist/apps/console, beside dist/apps/gateway (this file is dist/apps/gateway/src/http/console.js). */
export const DEFAULT_CONSOLE_DIR = join(__dirname, '..', '..', '..', 'console');

/** Paths the console never answers: the API, health, sign-in. */
const NOT_CONSOLE = /^\/(graphql|health|auth)(\/|$|\?)/;

/**
 * The console's pages may load only what the gateway serves: a request to any other host is
 * blocked by the browser. Ant Design writes its styles inline; GraphiQL's editor runs workers.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

interface Req {
  method: string;
  path: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}
interface Res {
  setHeader(name: string, value: string): void;
  sendFile(path: string): void;
  redirect(status: number, url: string): void;
  status(code: number): { json(body: unknown): void };
}

export interface ConsoleSettings {
  graphiql: boolean;
  demoSignIn: boolean;
}

/** What the console may show: GraphiQL (off in production unless set) and the demo sign-in. */
export function consoleSettings(config: ConfigService): ConsoleSettings {
  const production = config.get<string>('NODE_ENV') === 'production';
  return {
    graphiql: config.get<boolean | undefined>('CONSOLE_GRAPHIQL') ?? !production,
    demoSignIn: !production && !!config.get<string | undefined>('AUTH_PUBLIC_KEY_FILE'),
  };
}

/**
 * Serves the staff console at `/` from the gateway process: its hashed assets, and index.html for
 * every page a browser asks for (the console routes on the client). A browser opening /graphql is
 * sent to the console's GraphiQL; GraphQL requests themselves are untouched.
 */
export function serveConsole(app: INestApplication, config: ConfigService): void {
  const dir = config.get<string | undefined>('CONSOLE_DIR') ?? DEFAULT_CONSOLE_DIR;
  const index = join(dir, 'index.html');
  const settings = consoleSettings(config);
  app.use('/auth/console-settings', (_req: Req, res: Res) => res.status(200).json(settings));
  if (!existsSync(index)) return; // not built (`npm run build` builds it): the API still serves
  (app as NestExpressApplication).useStaticAssets(join(dir, 'assets'), {
    prefix: '/assets/',
    immutable: true,
    maxAge: '365d',
    fallthrough: false,
  });
  app.use((req: Req, res: Res, next: () => void) => {
    const html = String(req.headers.accept ?? '').includes('text/html');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !html) return next();
    if (req.path === '/graphql' && !req.url.includes('?'))
      return settings.graphiql ? res.redirect(302, '/graphiql') : next();
    if (NOT_CONSOLE.test(req.path)) return next();
    if (req.path.startsWith('/graphiql') && !settings.graphiql) return next();
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', CONSOLE_CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.sendFile(index);
  });
}
