import { Args, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { AccessLogConnection, type AccessActionValue } from './access-log.model';
import { AccessLogService } from './access-log.service';
import { checkLogPageSize, decodeLogCursor, encodeLogCursor } from './access-log.rules';
import { toConnection } from '../children/child-list.query';

/**
 * The access log through the graph: queries only. The log has no mutation (append-only: entries
 * come from AccessRecorded events alone).
 */
@Resolver()
export class AccessLogResolver {
  constructor(private readonly log: AccessLogService) {}

  @Query(() => AccessLogConnection, {
    description:
      'Who read a child’s sensitive fields or changed the child’s records, newest first (at most 200 a page).',
  })
  async childAccessLog(
    @Args('childId', { type: () => ID }) childId: string,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AccessLogConnection> {
    checkLogPageSize(first);
    const page = await this.log.findForChild(childId, first, after ? decodeLogCursor(after) : null);
    return toConnection(
      page,
      (e) => encodeLogCursor(e.id),
      (e) => ({ ...e, action: e.action as AccessActionValue }),
    );
  }
}
