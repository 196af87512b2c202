import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { regionCovers, type Identity } from '@qz/identity';
import { actorOf, outOfRegion, Viewer } from '@qz/platform';
import type { ProtectionCase as StoredCase } from '../cases/case.service';
import { CaseScope } from '../cases/case-scope';
import { ProtectionCase } from '../cases/case.model';
import { IssueParentalOrderInput, RecordOrderFollowUpInput } from './order.inputs';
import { ParentalOrder } from './order.model';
import { ParentalOrderService } from './order.service';

@Resolver(() => ProtectionCase)
export class ParentalOrderResolver {
  constructor(
    private readonly orders: ParentalOrderService,
    private readonly scope: CaseScope,
  ) {}

  @ResolveField(() => [ParentalOrder], {
    nullable: true,
    description: '四(二)3 责令: the orders given to the parents, with their deadlines and checks.',
  })
  parentalOrders(@Parent() c: StoredCase) {
    return this.orders.ordersOf([c]);
  }

  @Query(() => [ParentalOrder], {
    description:
      'Orders to parents not yet complied with in the region’s subtree, overdue first, then by deadline (police follow-up).',
  })
  async parentalOrdersDue(@Args('regionCode') regionCode: string, @Viewer() viewer: Identity) {
    if (!regionCovers(viewer.regionCode, regionCode)) throw outOfRegion(`Region ${regionCode}`);
    return this.orders.dueIn(regionCode, viewer);
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Orders the parents to return at once or to name an entrusted guardian, by a deadline (四(二)3).',
  })
  async issueParentalOrder(@Args('input') input: IssueParentalOrderInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.orders.issue(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Records a check of an order: complied with (and the guardian named), or not (a refusal, 四(二)5).',
  })
  async recordOrderFollowUp(@Args('input') input: RecordOrderFollowUpInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.orders.followUp(input, actorOf(viewer));
  }
}
