import type { INestApplication } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import { DEMO_USERS, demoIdentity, importPrivateKey, readPem, signUserToken } from '@qz/identity';
import { dirname, join } from 'node:path';
import { consoleSettings } from './console';

interface Req {
  body?: { userId?: unknown };
}
interface Res {
  status(code: number): { json(body: unknown): void };
}

/** Hours a demo sign-in lasts. */
const DEMO_TOKEN_TTL = '8h';

/**
 * The console's local sign-in (never in production): the demo users, and a token for one of them
 * signed with the local demo issuer's key (the key beside AUTH_PUBLIC_KEY_FILE, as `npm run
 * auth:keys` writes them, or DEMO_ISSUER_PRIVATE_KEY_FILE). Production signs in with OpenID Connect.
 */
export function demoSignIn(app: INestApplication, config: ConfigService): void {
  if (!consoleSettings(config).demoSignIn) return;
  const keyFile =
    config.get<string | undefined>('DEMO_ISSUER_PRIVATE_KEY_FILE') ??
    join(dirname(config.get<string | undefined>('AUTH_PUBLIC_KEY_FILE') ?? ''), 'issuer.private.pem');
  let key: ReturnType<typeof importPrivateKey> | undefined;
  const users = DEMO_USERS.map(({ userId, name, role, regionCode }) => ({ userId, name, role, regionCode }));

  app.use('/auth/demo-users', (_req: Req, res: Res) => res.status(200).json({ users }));
  app.use('/auth/demo-token', (req: Req & { method: string }, res: Res) => {
    const userId = req.body?.userId;
    if (req.method !== 'POST' || typeof userId !== 'string' || !users.some((u) => u.userId === userId))
      return res.status(400).json({ error: { code: 'UNKNOWN_DEMO_USER' } });
    key ??= importPrivateKey(readPem(keyFile));
    const { purpose: _stated, ...identity } = demoIdentity(userId);
    void key
      .then((k) =>
        signUserToken(
          identity,
          k,
          {
            issuer: config.getOrThrow<string>('AUTH_ISSUER'),
            audience: config.getOrThrow<string>('AUTH_AUDIENCE'),
          },
          DEMO_TOKEN_TTL,
        ),
      )
      .then(
        (token) => res.status(200).json({ token }),
        () => res.status(500).json({ error: { code: 'DEMO_KEY_UNAVAILABLE' } }),
      );
  });
}
