import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { localDateInChina, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { ApplicationRepository, type Application } from './application.repository';
import {
  ApplicationStepInput,
  DecideApplicationPartInput,
  SubmitApplicationInput,
} from './application.inputs';
import { ApplicationModel, OverdueModel } from './application.model';
import { isSettled, overdueStep } from './application.rules';
import { ApplicationService } from './application.service';
import { IntakeCalendar } from './intake-calendar';

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated' };

@Resolver(() => ApplicationModel)
export class ApplicationResolver {
  constructor(
    private readonly service: ApplicationService,
    private readonly applications: ApplicationRepository,
    private readonly intake: IntakeCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private today() {
    return localDateInChina(this.clock.now());
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
  application(@Args('id', { type: () => ID }) id: string) {
    return this.applications.findById(id);
  }

  @Query(() => [ApplicationModel], {
    description: 'A township window’s applications that are not settled yet, oldest first.',
  })
  async intakeQueue(@Args('townshipCode') townshipCode: string) {
    return (await this.applications.findByTownship(townshipCode))
      .filter((a) => !isSettled(a))
      .sort((x, y) => +x.receivedAt - +y.receivedAt);
  }

  @Query(() => [ApplicationModel], {
    description: 'Applications received in a region (and below) whose open step is past its deadline.',
  })
  async overdueApplications(@Args('regionCode') regionCode: string) {
    const today = this.today();
    return (await this.applications.findOpenIn(regionCode))
      .filter((a) => overdueStep(a, today, this.intake.calendar))
      .sort((x, y) => +x.receivedAt - +y.receivedAt);
  }

  @Mutation(() => ApplicationModel, {
    description: 'Records an application at a township window (一门受理).',
  })
  submitApplication(@Args('input') input: SubmitApplicationInput) {
    return this.service.submit(input, ACTOR);
  }

  @Mutation(() => ApplicationModel, {
    description: 'The township’s first-instance review; passing it routes every part to its department.',
  })
  reviewApplication(@Args('input') input: ApplicationStepInput) {
    return this.service.review(input.applicationId, input.approved, input.note.trim(), ACTOR);
  }

  @Mutation(() => ApplicationModel, { description: 'The county’s approval, after the township’s review.' })
  approveApplication(@Args('input') input: ApplicationStepInput) {
    return this.service.approve(input.applicationId, input.approved, input.note.trim(), ACTOR);
  }

  @Mutation(() => ApplicationModel, { description: 'A department’s decision on its part of an application.' })
  decideApplicationPart(@Args('input') input: DecideApplicationPartInput) {
    return this.service.decidePart(
      input.applicationId,
      input.partId,
      input.department,
      input.approved,
      input.note.trim(),
      ACTOR,
      { startDate: input.startDate, monthlyAmountFen: input.monthlyAmountFen },
    );
  }
}
