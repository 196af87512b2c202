import { Inject } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  registerEnumType,
} from '@nestjs/graphql';
import { ChildReference } from '@qz/child-replica';
import type { Identity } from '@qz/identity';
import type { Clock } from '@qz/kernel';
import { actorOf, CLOCK, Viewer, type GraphQLRequestContext } from '@qz/platform';
import { ChildReplicaRepository } from '@qz/child-replica';
import { CaseErrors } from './case.errors';
import {
  DispatchCaseInput,
  NotifyTownshipInput,
  ReceiveReportInput,
  RecordMeasureInput,
  SetDispatchSlaInput,
} from './case.inputs';
import { DispatchSlaModel, ProtectionCase } from './case.model';
import { CaseScope, caseInRegion } from './case-scope';
import { ChildCasesLoader } from './child-cases.loader';
import { CaseService, type ProtectionCase as StoredCase } from './case.service';
import { DispatchSlaService } from './dispatch-sla.service';
import { IntakeService } from './intake.service';
import { ResponseService } from './response.service';
import { anonymityRefusal } from './anonymity.rules';
import { channelRefusal, reporterKindRefusal } from './intake.rules';
import { isDispatchOverdue } from './response.rules';
import { v7 as uuidv7 } from 'uuid';

export enum PoliceQueue {
  NEW = 'NEW',
  OVERDUE = 'OVERDUE',
  AWAITING_TOWNSHIP = 'AWAITING_TOWNSHIP',
  ASSESSMENT_OPEN = 'ASSESSMENT_OPEN',
}
registerEnumType(PoliceQueue, {
  name: 'PoliceQueue',
  description:
    'NEW: reported, not dispatched; OVERDUE: past the dispatch SLA; AWAITING_TOWNSHIP: dispatched, the township not yet notified; ASSESSMENT_OPEN: the township’s assessments not yet recorded.',
});

@Resolver(() => ProtectionCase)
export class CaseResolver {
  constructor(
    private readonly cases: CaseService,
    private readonly intake: IntakeService,
    private readonly response: ResponseService,
    private readonly slas: DispatchSlaService,
    private readonly replicas: ChildReplicaRepository,
    private readonly scope: CaseScope,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField(() => Boolean, { description: 'Not dispatched and past its dispatch time, as of now.' })
  dispatchOverdue(@Parent() c: StoredCase) {
    return isDispatchOverdue(c, this.clock.now());
  }

  @Query(() => ProtectionCase, { description: 'A protection case with its reports, steps and timeline.' })
  async protectionCase(@Args('id', { type: () => ID }) id: string, @Viewer() viewer: Identity) {
    return this.scope.get(id, viewer);
  }

  @Query(() => [ProtectionCase], { description: 'The 110 centre’s and stations’ work queues.' })
  async policeQueue(
    @Args('queue', { type: () => PoliceQueue }) queue: PoliceQueue,
    @Viewer() viewer: Identity,
    @Args('regionCode', {
      nullable: true,
      description: 'Only cases in this region’s subtree; the asker’s region if not given.',
    })
    regionCode?: string,
  ) {
    const under = regionCode ?? viewer.regionCode;
    const found =
      queue === PoliceQueue.OVERDUE
        ? await this.response.overdue()
        : await this.cases.byStatus(
            { NEW: 'REPORTED', AWAITING_TOWNSHIP: 'DISPATCHED', ASSESSMENT_OPEN: 'TOWNSHIP_NOTIFIED' }[
              queue
            ] as never,
          );
    return found.filter((c) => caseInRegion({ regionCode: under }, c) && caseInRegion(viewer, c));
  }

  @Query(() => [DispatchSlaModel], { description: 'The city’s dispatch SLA per situation type (四(二)3).' })
  dispatchSlas() {
    return this.slas.all();
  }

  @Mutation(() => DispatchSlaModel, { description: 'Sets the city’s dispatch SLA for one situation type.' })
  setDispatchSla(@Args('input') input: SetDispatchSlaInput, @Viewer() viewer: Identity) {
    return this.slas.set(input.situationType, input.minutes, input.reason, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Takes a report from a duty-bearer or the public (四(二)2); it joins the open case of the same child or opens one.',
  })
  async receiveReport(@Args('input') input: ReceiveReportInput, @Viewer() viewer: Identity) {
    const notTheirs = reporterKindRefusal(viewer.roles, input.reporterKind);
    if (notTheirs) throw CaseErrors.reporterKindNotYours(input.reporterKind, notTheirs);
    const who = {
      anonymous: input.anonymous ?? false,
      name: input.reporterName?.trim() || null,
      phone: input.reporterPhone?.trim() || null,
    };
    const unnamed = anonymityRefusal(input.reporterKind, who);
    if (unnamed) throw CaseErrors.anonymity(unnamed);
    const refused = channelRefusal(input.reporterKind, input.channel);
    if (refused === 'REPORT_CHANNEL_RESERVED') throw CaseErrors.channelReserved();
    if (refused) throw CaseErrors.channelMismatch(input.reporterKind, input.channel);
    const now = this.clock.now();
    if (input.receivedAt && input.receivedAt.getTime() > now.getTime() + 60_000)
      throw CaseErrors.dateInFuture('input.receivedAt', input.receivedAt);
    const childId = input.childId?.trim() || null;
    if (childId && !(await this.replicas.findById(childId))) throw CaseErrors.childNotFound(childId);
    const c = await this.intake.receive(
      {
        sourceKey: `report:${uuidv7()}`,
        situationType: input.situationType,
        reporterKind: input.reporterKind,
        reporterOrganisation: input.reporterOrganisation?.trim() || null,
        reporterName: who.name,
        reporterPhone: who.phone,
        anonymous: who.anonymous,
        channel: input.channel,
        childId,
        childDescription: input.childDescription?.trim() || null,
        regionCode: input.regionCode,
        address: input.address?.trim() || null,
        facts: input.facts.trim(),
        receivedAt: input.receivedAt ?? now,
      },
      actorOf(viewer),
    );
    return c;
  }

  @Mutation(() => ProtectionCase, { description: 'Police go out to the child (第一时间出警, 四(二)3).' })
  async dispatchCase(@Args('input') input: DispatchCaseInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.response.dispatch(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, { description: 'Records a response measure (四(二)3).' })
  async recordMeasure(@Args('input') input: RecordMeasureInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.response.recordMeasure(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Notifies the township government, which opens its assessment (四(二)3 last sentence, 四(二)4).',
  })
  async notifyTownship(@Args('input') input: NotifyTownshipInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.response.notifyTownship(input, actorOf(viewer));
  }
}

@Resolver(() => ChildReference)
export class ChildCasesResolver {
  constructor(private readonly cases: ChildCasesLoader) {}

  @ResolveField(() => [ProtectionCase], {
    nullable: true,
    description: 'Police protection cases about the child in the asker’s region, oldest first.',
  })
  async protectionCases(
    @Parent() child: ChildReference,
    @Context() ctx: GraphQLRequestContext,
    @Viewer() viewer: Identity,
  ) {
    return (await this.cases.load(ctx, child.id)).filter((c) => caseInRegion(viewer, c));
  }
}
