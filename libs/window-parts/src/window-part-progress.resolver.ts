import { type Type } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { WindowPartService as ServiceName } from '@qz/contracts';
import { regionCovers, type Identity } from '@qz/identity';
import { outOfRegion, roles, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { ApplicationPartReference, WindowPartProgressModel } from './window-part.model';
import { WindowPartService, type PartProgress } from './window-part.service';

/**
 * Who reads a part's progress (the field rule `ApplicationPart.<service>Progress` of each deciding
 * service): whoever reads the application at the window — the township window, the deciding
 * departments, the county bureau and the coordinator. Status, dates and amounts only: the request's
 * details (a diagnosis) stay on Application.parts, whose reads assistance logs.
 */
export const WINDOW_PART_PROGRESS_READERS = roles(
  'CHILD_SOCIAL_WORKER',
  'TOWNSHIP_OFFICER',
  'CIVIL_AFFAIRS_OFFICER',
  'HEALTH_OFFICER',
  'DPF_OFFICER',
  'EDUCATION_OFFICER',
  'COORDINATOR',
);

/** The field a service adds to ApplicationPart: `healthProgress`, `educationProgress`. */
export const windowPartProgressField = (service: ServiceName) => `${service}Progress`;

/**
 * 四(四)1 协同办理, one window: the application's parts show their live status from the service that
 * decides them — the decision, then the state of the record it became (a health application paid
 * weeks later, an aid withdrawn) — read where it is kept, batched per request.
 */
export function windowPartProgressResolver(service: ServiceName): Type<unknown> {
  const field = windowPartProgressField(service);

  @Resolver(() => ApplicationPartReference)
  class WindowPartProgressResolver {
    constructor(private readonly parts: WindowPartService) {}

    @ResolveField(() => WindowPartProgressModel, {
      name: field,
      nullable: true,
      description: `Where the part stands in the ${service} service, which decides it; null for a part decided elsewhere.`,
    })
    async progress(
      @Parent() ref: ApplicationPartReference,
      @Context() ctx: GraphQLRequestContext,
      @Viewer() viewer: Identity,
    ): Promise<WindowPartProgressModel | null> {
      const found = await ctx.loaders
        .get<PartProgress>(field, (ids) => this.parts.progressOf(ids))
        .load(ref.id);
      if (!found) return null;
      const { part, record } = found;
      // Entities are resolved outside the platform's region check of root operations.
      if (!regionCovers(viewer.regionCode, part.regionCode)) throw outOfRegion(`Application part ${ref.id}`);
      return {
        department: part.department,
        status: part.status,
        decision: part.decision,
        recordId: part.decision?.recordId ?? null,
        recordStatus: record?.status ?? null,
        recordStatusOn: record?.statusOn ?? null,
        recordAmountFen: record?.amountFen ?? null,
      };
    }
  }
  return WindowPartProgressResolver;
}
