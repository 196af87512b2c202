import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Dispatch, Measure, ProtectionCase, Report, TimelineStep, TownshipNotification } from './case.model';
import { SituationTypeValue } from './case.inputs';
import type { ProtectionCase as StoredCase } from './case.service';
import type { StoredReport } from './case.types';

/**
 * The sensitive parts of a case, each a resolved field so the policy table's field rules apply
 * (refused to other roles: null at its path with FORBIDDEN; every allowed read is logged).
 */
@Resolver(() => ProtectionCase)
export class CaseDetailsResolver {
  @ResolveField(() => SituationTypeValue, { nullable: true })
  situationType(@Parent() c: StoredCase) {
    return c.situationType;
  }

  @ResolveField(() => String, { nullable: true, description: 'An unidentified child: age, looks, clothes.' })
  childDescription(@Parent() c: StoredCase) {
    return c.childDescription;
  }

  @ResolveField(() => [Report], { nullable: true })
  reports(@Parent() c: StoredCase) {
    return c.reports;
  }

  @ResolveField(() => Dispatch, { nullable: true })
  dispatch(@Parent() c: StoredCase) {
    return c.dispatch;
  }

  @ResolveField(() => [Measure], { nullable: true })
  measures(@Parent() c: StoredCase) {
    return c.measures;
  }

  @ResolveField(() => TownshipNotification, { nullable: true })
  notification(@Parent() c: StoredCase) {
    return c.notification;
  }

  @ResolveField(() => [TimelineStep], { nullable: true })
  timeline(@Parent() c: StoredCase) {
    return c.timeline;
  }
}

/** The reporter's identity and the facts of a report, field-ruled like the case's details. */
@Resolver(() => Report)
export class ReportDetailsResolver {
  @ResolveField(() => Boolean, {
    description: 'A member of the public who did not say who they are: no name or phone is stored (四(二)2).',
  })
  anonymous(@Parent() r: StoredReport) {
    return r.anonymous ?? false;
  }

  @ResolveField(() => String, { nullable: true })
  reporterName(@Parent() r: StoredReport) {
    return r.reporterName;
  }

  @ResolveField(() => String, { nullable: true })
  reporterPhone(@Parent() r: StoredReport) {
    return r.reporterPhone;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The school, hospital, committee or agency; none for the public.',
  })
  reporterOrganisation(@Parent() r: StoredReport) {
    return r.reporterOrganisation;
  }

  @ResolveField(() => String, { nullable: true })
  facts(@Parent() r: StoredReport) {
    return r.facts;
  }
}
