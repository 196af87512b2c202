import { type Type } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { WindowPartService as ServiceName } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { Viewer } from '@qz/platform';
import { DecideWindowPartInput, WindowPartModel, WindowPartStatusValue } from './window-part.model';
import type { WindowPartStatus } from './window-part.schema';
import { WindowPartService } from './window-part.service';

/** The root fields of a service's window parts: `<service>WindowParts`, `decide<Service>WindowPart`. */
export const windowPartOperations = (service: ServiceName) => {
  const Service = service[0].toUpperCase() + service.slice(1);
  return { queue: `${service}WindowParts`, decide: `decide${Service}WindowPart` };
};

/** The queue and the decision, named after the service (each root field belongs to one subgraph). */
export function windowPartResolver(service: ServiceName): Type<unknown> {
  const names = windowPartOperations(service);

  @Resolver(() => WindowPartModel)
  class WindowPartResolver {
    constructor(private readonly parts: WindowPartService) {}

    @Query(() => [WindowPartModel], {
      name: names.queue,
      description:
        'Parts of one-window applications (四(四)1) routed here, of a region’s subtree (the asker’s if none), oldest first.',
    })
    queue(
      @Viewer() viewer: Identity,
      @Args('regionCode', { nullable: true }) regionCode?: string,
      @Args('status', { type: () => WindowPartStatusValue, defaultValue: 'PENDING' })
      status: WindowPartStatus = 'PENDING',
    ) {
      return this.parts.queue(regionCode ?? viewer.regionCode, status);
    }

    @Mutation(() => WindowPartModel, {
      name: names.decide,
      description:
        'Decides a pending part by this department’s rules; the application at the window shows it (四(四)1).',
    })
    decide(@Args('input') input: DecideWindowPartInput, @Viewer() viewer: Identity) {
      return this.parts.decide(input, viewer);
    }
  }
  return WindowPartResolver;
}
