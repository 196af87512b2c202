import type { INestApplication } from '@nestjs/common';
import type { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';

interface JsonResponse {
  status(code: number): { json(body: unknown): void };
}

/**
 * JSON bodies up to MAX_BODY_BYTES; a larger one (a huge query or variables object) is refused
 * with 413 and a GraphQL-shaped error, before anything is parsed or any subgraph is called.
 */
export function bodyLimits(app: INestApplication, config: ConfigService): void {
  const limit = config.getOrThrow<number>('MAX_BODY_BYTES');
  (app as NestExpressApplication).useBodyParser('json', { limit });
  app.use((error: { type?: string }, _req: unknown, res: JsonResponse, next: (e?: unknown) => void) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.status(413).json({
      errors: [
        {
          message: `the request body is larger than ${limit} bytes; send a smaller query or fewer variables`,
          extensions: { code: 'REQUEST_TOO_LARGE', limitBytes: limit },
        },
      ],
    });
  });
}
