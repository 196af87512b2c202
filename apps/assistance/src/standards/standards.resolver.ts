import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ASSISTANCE_PROGRAMMES } from '@qz/contracts';
import { officialRegionTree, localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { Inject } from '@nestjs/common';
import { StandardModel } from './standard.model';
import { StandardsService } from './standards.service';
import { childMonthlyAmountFen } from './standards.rules';
import { PublishStandardInput } from './publish-standard.input';
import { parseLocalDate as parseDate } from '@qz/kernel';
import { checkAmount } from '../shared/amounts';
import type { Standard } from './standards.rules';

/** A standard as the graph shows it (see StandardModel.setFor). */
const shown = ({ regionCode, ...s }: Standard): StandardModel => ({
  ...s,
  setFor: regionCode,
  childMonthlyAmountFen: childMonthlyAmountFen(s),
});

@Resolver(() => StandardModel)
export class StandardsResolver {
  constructor(
    private readonly standards: StandardsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Query(() => [StandardModel], {
    description: 'The standard of each programme that applies in a region on a date (default today).',
  })
  async assistanceStandards(
    @Args('regionCode') regionCode: string,
    @Args('on', { nullable: true, description: 'YYYY-MM-DD' }) on?: string,
  ): Promise<StandardModel[]> {
    const date = on ? parseLocalDate(on, 'on') : localDateInChina(this.clock.now());
    const found = await Promise.all(
      ASSISTANCE_PROGRAMMES.map((p) => this.standards.standardFor(p, regionCode, date)),
    );
    return found.filter((s) => s !== null).map(shown);
  }

  @Mutation(() => StandardModel, {
    description:
      'Publishes a programme’s new standard for a region from a date; the one in force ends the day before.',
  })
  async publishAssistanceStandard(@Args('input') input: PublishStandardInput): Promise<StandardModel> {
    parseDate(input.effectiveFrom, 'input.effectiveFrom');
    officialRegionTree().requireKnown(input.regionCode, 'input.regionCode');
    checkAmount(input.monthlyAmountFen);
    const s = await this.standards.publish(input);
    return shown(s);
  }

  @ResolveField(() => String, {
    description: 'The region the standard was set for (a county, or the city for all counties).',
  })
  regionCode(@Parent() s: StandardModel) {
    return s.setFor;
  }
}
