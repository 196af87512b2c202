import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { windowPartId } from '@qz/contracts';
import { regionCovers, type Identity } from '@qz/identity';
import { localDateInChina, type Clock } from '@qz/kernel';
import { actorOf, CLOCK, forbidden, Viewer } from '@qz/platform';
import { checkRecordRegion } from '../access/record-region';
import { IntakeErrors } from '../shared/assistance.errors';
import { decidedInItsService, departmentsDecidedBy, visibleParts } from './application-access.rules';
import {
  ApplicationStepInput,
  DecideApplicationPartInput,
  SubmitApplicationInput,
} from './application.inputs';
import { ApplicationModel, ApplicationPartModel, OverdueModel } from './application.model';
import { isSettled, overdueStep } from './application.rules';
import { ApplicationService, type Application } from './application.service';
import { IntakeCalendar } from './intake-calendar';

@Resolver(() => ApplicationModel)
export class ApplicationResolver {
  constructor(
    private readonly service: ApplicationService,
    private readonly intake: IntakeCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today() {
    return localDateInChina(this.clock.now());
  }

  /** The application named by id, refused when it lies outside the asker's region (before any write). */
  private async load(viewer: Identity, id: string): Promise<Application> {
    const a = await this.service.findById(id);
    if (!a) throw IntakeErrors.notFound(id);
    checkRecordRegion(viewer, a, `Application ${id}`);
    return a;
  }

  @ResolveField(() => [ApplicationPartModel], {
    description:
      'The parts the asker’s department may see: a health, education or DPF officer sees only their own.',
  })
  parts(@Parent() a: Application, @Viewer() viewer: Identity) {
    return visibleParts(a.parts, viewer.roles).map((p) => ({ ...p, id: windowPartId(a.id, p.partId) }));
  }

  @ResolveField(() => Boolean, { description: 'The county has decided and every part is decided.' })
  settled(@Parent() a: Application) {
    return isSettled(a);
  }

  @ResolveField(() => OverdueModel, { nullable: true, description: 'The open step, if past its deadline.' })
  overdue(@Parent() a: Application) {
    return overdueStep(a, this.today(), this.intake.calendar);
  }

  @Query(() => ApplicationModel, { nullable: true })
  async application(@Args('id', { type: () => ID }) id: string, @Viewer() viewer: Identity) {
    const a = await this.service.findById(id);
    checkRecordRegion(viewer, a, `Application ${id}`);
    return a;
  }

  @Query(() => [ApplicationModel], {
    description: 'A township window’s applications that are not settled yet, oldest first.',
  })
  async intakeQueue(@Args('townshipCode') townshipCode: string, @Viewer() viewer: Identity) {
    return (await this.service.findByTownship(townshipCode))
      .filter((a) => !isSettled(a) && regionCovers(viewer.regionCode, a.regionCode))
      .sort((x, y) => +x.receivedAt - +y.receivedAt);
  }

  @Query(() => [ApplicationModel], {
    description: 'Applications received in a region (and below) whose open step is past its deadline.',
  })
  async overdueApplications(@Args('regionCode') regionCode: string, @Viewer() viewer: Identity) {
    const today = this.today();
    return (await this.service.findOpenIn(regionCode))
      .filter((a) => regionCovers(viewer.regionCode, a.regionCode))
      .filter((a) => overdueStep(a, today, this.intake.calendar))
      .sort((x, y) => +x.receivedAt - +y.receivedAt);
  }

  @Query(() => [ApplicationModel], {
    description:
      'Applications in a region (default: the asker’s) with a part routed to the asker’s department and not decided yet, oldest first.',
  })
  async applicationPartsToDecide(
    @Viewer() viewer: Identity,
    @Args('regionCode', { nullable: true }) regionCode?: string,
  ) {
    const own = departmentsDecidedBy(viewer.roles);
    return (await this.service.findRoutedIn(regionCode ?? viewer.regionCode))
      .filter((a) => regionCovers(viewer.regionCode, a.regionCode))
      .filter((a) => a.parts.some((p) => p.status === 'ROUTED' && own.includes(p.department)))
      .sort((x, y) => +x.receivedAt - +y.receivedAt);
  }

  @Mutation(() => ApplicationModel, {
    description: 'Records an application at a township window (一门受理).',
  })
  submitApplication(@Args('input') input: SubmitApplicationInput, @Viewer() viewer: Identity) {
    return this.service.submit(input, actorOf(viewer));
  }

  @Mutation(() => ApplicationModel, {
    description: 'The township’s first-instance review; passing it routes every part to its department.',
  })
  async reviewApplication(@Args('input') input: ApplicationStepInput, @Viewer() viewer: Identity) {
    await this.load(viewer, input.applicationId);
    return this.service.review(input.applicationId, input.approved, input.note.trim(), actorOf(viewer));
  }

  @Mutation(() => ApplicationModel, { description: 'The county’s approval, after the township’s review.' })
  async approveApplication(@Args('input') input: ApplicationStepInput, @Viewer() viewer: Identity) {
    await this.load(viewer, input.applicationId);
    return this.service.approve(input.applicationId, input.approved, input.note.trim(), actorOf(viewer));
  }

  @Mutation(() => ApplicationModel, {
    description:
      'Civil affairs’ decision on an assistance part of an application. A health, DPF or education part is decided in that department’s service (decideHealthWindowPart, decideEducationWindowPart): PART_DECIDED_IN_ITS_SERVICE here.',
  })
  async decideApplicationPart(@Args('input') input: DecideApplicationPartInput, @Viewer() viewer: Identity) {
    await this.load(viewer, input.applicationId);
    if (!departmentsDecidedBy(viewer.roles).includes(input.department))
      throw forbidden(`decide a part for ${input.department}`);
    const mutation = decidedInItsService(input.department);
    if (mutation) throw IntakeErrors.decidedInItsService(input.department, mutation);
    return this.service.decidePart(
      input.applicationId,
      input.partId,
      input.department,
      input.approved,
      input.note.trim(),
      actorOf(viewer),
      { startDate: input.startDate, monthlyAmountFen: input.monthlyAmountFen },
    );
  }
}
