import { Inject, Injectable } from '@nestjs/common';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import type { ChildFilter } from './child-list.inputs';
import type { ChildConnection } from './child-list.model';
import { checkPageSize, childListFilter, decodeCursor, encodeCursor, toConnection } from './child-list.query';
import { toModel } from './child.mapper';
import { ChildRepository } from './child.repository';

/** Pages of children for caseworkers' lists, as of today. */
@Injectable()
export class ChildListService {
  constructor(
    private readonly children: ChildRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** A page of the list; its total only when `withTotal` (counting costs a second store query). */
  async page(
    filter: ChildFilter,
    first: number,
    after: string | null,
    withTotal = true,
  ): Promise<ChildConnection> {
    checkPageSize(first);
    const afterId = after ? decodeCursor(after) : null;
    const today = localDateInChina(this.clock.now());
    const page = await this.children.page(childListFilter(filter, today), first, afterId, withTotal);
    return toConnection(page, (c) => encodeCursor(c.id), toModel);
  }

  /** Many children by id in one store query (the graph's DataLoader batch); gaps for unknown ids. */
  findByIds(ids: readonly string[]) {
    return this.children.findByIds(ids);
  }
}
