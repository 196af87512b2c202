import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { WindowPartService as ServiceName } from '@qz/contracts';
import { followingChildren, type ChildRecordHooks } from '@qz/platform';
import { ApplicationPartRoutedHandler } from './window-part.handler';
import { WindowPartRepository } from './window-part.repository';
import { windowPartResolver } from './window-part.resolver';
import { windowPartProgressResolver } from './window-part-progress.resolver';
import type { WindowPartAssessor, WindowPartFulfiller } from './window-part.rules';
import { WindowPartDocument, WindowPartSchema } from './window-part.schema';
import { WindowPartService } from './window-part.service';
import { WINDOW_PART_ASSESSOR, WINDOW_PART_FULFILLER, WINDOW_PART_SERVICE_NAME } from './window-part.tokens';

/** The collection a service's window parts are kept in (add it to the service's outbox collections). */
export const WINDOW_PARTS_COLLECTION = 'window_parts';

/**
 * A deciding service's parts of one-window applications (四(四)1): assistance.application-part.routed
 * for its departments, assessed by the service's own rules (`assessor`, with the module that
 * provides what it reads), its officers' queue and decision, the decision sent back to assistance;
 * a moved or merged child's parts follow it (`childHooks`: the service's ChildReplicaHooks); an
 * approval becomes the service's own record through `fulfiller` (its amount, its budget), if given.
 */
@Module({})
export class WindowPartsModule {
  static forService(
    service: ServiceName,
    assessor: Type<WindowPartAssessor>,
    imports: DynamicModule['imports'],
    childHooks: Type<ChildRecordHooks>,
    fulfiller?: Type<WindowPartFulfiller>,
  ): DynamicModule {
    return {
      module: WindowPartsModule,
      imports: [
        MongooseModule.forFeature([{ name: WindowPartDocument.name, schema: WindowPartSchema }]),
        ...(imports ?? []),
      ],
      providers: [
        { provide: WINDOW_PART_SERVICE_NAME, useValue: service },
        { provide: WINDOW_PART_ASSESSOR, useClass: assessor },
        ...(fulfiller ? [{ provide: WINDOW_PART_FULFILLER, useClass: fulfiller }] : []),
        WindowPartRepository,
        WindowPartService,
        followingChildren(childHooks, WindowPartService),
        ApplicationPartRoutedHandler,
        windowPartResolver(service),
        windowPartProgressResolver(service),
      ],
      exports: [WindowPartService],
    };
  }
}
