import { Injectable } from '@nestjs/common';
import type { GraphQLRequestContext } from '@qz/platform';
import { CaseRepository, type ProtectionCase } from './case.repository';

/**
 * A child's protection cases within a GraphQL request: the children asked for in one tick cost
 * one store query, shared by `Child.protection` and `Child.protectionCases`.
 */
@Injectable()
export class ChildCasesLoader {
  constructor(private readonly cases: CaseRepository) {}

  async load(ctx: GraphQLRequestContext, childId: string): Promise<ProtectionCase[]> {
    const loader = ctx.loaders.get<ProtectionCase[]>('police.child-cases', (ids) =>
      this.cases.byChildren(ids),
    );
    return (await loader.load(childId)) ?? [];
  }
}
