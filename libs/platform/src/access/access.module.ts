import {
  type DynamicModule,
  type MiddlewareConsumer,
  Module,
  type ModuleMetadata,
  type NestModule,
  type Provider,
} from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import type { Producer } from '@qz/contracts';
import { AccessGuard, ACCESS_POLICY } from './access.guard';
import { AccessLogPlugin } from './access-log.plugin';
import { AccessRecordWriter, ACCESS_SERVICE } from './access-record.writer';
import { AccessRecordDocument, AccessRecordSchema } from './access-record.schema';
import { AccessScopeInterceptor } from './access-scope.interceptor';
import { LeftoverReservationsSweep } from './leftover-reservations.sweep';
import { CHILD_REGION_LOOKUP, type ChildRegionLookup } from './child-region';
import { ReplayMemory } from '@qz/identity';
import { CREDENTIAL_MEMORY, GatewayIdentityMiddleware } from './gateway-identity.middleware';
import type { PolicyTable } from './policy';

/** How a service tells where a child lives (its ledger, or its replica of the registry's children). */
export interface ChildRegionsProvider {
  imports?: ModuleMetadata['imports'];
  inject?: any[];
  useFactory: (...deps: any[]) => ChildRegionLookup;
}

export interface AccessSpec {
  /** The subgraph's policy table: every operation, every sensitive field. */
  policy: PolicyTable;
  childRegions?: ChildRegionsProvider;
}

/**
 * Who may do what in a subgraph: the gateway's identity verified on every GraphQL request, the
 * policy table checked before every resolver, region scoping around every operation, masking of
 * sensitive fields, and the access log of reads and changes.
 */
@Module({})
export class AccessModule implements NestModule {
  static forRoot(service: Producer, spec: AccessSpec): DynamicModule {
    const lookup: Provider[] = spec.childRegions
      ? [
          {
            provide: CHILD_REGION_LOOKUP,
            useFactory: spec.childRegions.useFactory,
            inject: spec.childRegions.inject ?? [],
          },
        ]
      : [];
    return {
      module: AccessModule,
      // The service's name and its credential memory, for GatewayIdentityMiddleware wherever applied.
      global: true,
      exports: [ACCESS_SERVICE, CREDENTIAL_MEMORY],
      imports: [
        MongooseModule.forFeature([{ name: AccessRecordDocument.name, schema: AccessRecordSchema }]),
        ...(spec.childRegions?.imports ?? []),
      ],
      providers: [
        { provide: ACCESS_POLICY, useValue: spec.policy },
        { provide: ACCESS_SERVICE, useValue: service },
        { provide: CREDENTIAL_MEMORY, useValue: new ReplayMemory() },
        ...lookup,
        GatewayIdentityMiddleware,
        AccessRecordWriter,
        LeftoverReservationsSweep,
        AccessLogPlugin,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: AccessScopeInterceptor },
      ],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GatewayIdentityMiddleware).forRoutes('graphql');
  }
}

/** The collection each subgraph keeps its access records in until they are published. */
export const ACCESS_RECORDS_COLLECTION = 'access_records';
