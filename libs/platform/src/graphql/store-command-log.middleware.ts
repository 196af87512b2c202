import { Injectable, type NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { countStoreCommands, STORE_COMMAND_LOG } from '@qz/persistence';
import { appendFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * With `STORE_COMMAND_LOG=<file>` (tests only), each GraphQL request's store commands are counted
 * and written to the file as one JSON line: the operation name, the commands started while the
 * request ran (its access-log write included) and the documents they wrote. The line is written as
 * the response is ended, before its bytes leave, so a client that has the response finds its line
 * (written on 'finish' it could land after the client's next request had started). Without the
 * setting it only passes the request on.
 */
@Injectable()
export class StoreCommandLogMiddleware implements NestMiddleware {
  private readonly file: string | undefined;

  constructor(config: ConfigService) {
    this.file = config.get<string>(STORE_COMMAND_LOG) || undefined;
  }

  use(req: IncomingMessage & { body?: { operationName?: unknown } }, res: ServerResponse, next: () => void) {
    const file = this.file;
    if (!file) return next();
    const { tally } = countStoreCommands(() => next());
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((...args: unknown[]) => {
      const operation = typeof req.body?.operationName === 'string' ? req.body.operationName : null;
      appendFileSync(file, `${JSON.stringify({ operation, ...tally })}\n`);
      return end(...args);
    }) as ServerResponse['end'];
  }
}
