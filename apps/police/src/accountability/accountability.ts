import { Inject, Injectable } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { ReporterKind } from '@qz/contracts';
import type { Identity } from '@qz/identity';
import { DomainError, type Clock } from '@qz/kernel';
import { actorOf, CLOCK, Viewer } from '@qz/platform';
import { CaseScope, caseInRegion } from '../cases/case-scope';
import { IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { v7 as uuidv7 } from 'uuid';
import { CaseSteps } from '../cases/case-steps';
import { ReporterKindValue } from '../cases/case.inputs';
import { ProtectionCase } from '../cases/case.model';
import { CaseRepository, type ProtectionCase as StoredCase } from '../cases/case.repository';
import { failureRefusal, tally } from './accountability.rules';
import type { StoredReportingFailure } from './accountability.types';

@InputType()
export class RecordReportingFailureInput {
  @Field(() => ID) @IsNotEmpty() @MaxLength(64) caseId: string;
  @Field(() => ReporterKindValue) @IsNotEmpty() organisationKind: ReporterKind;
  @Field() @IsNotEmpty() @MaxLength(100) organisation: string;
  @Field({ description: 'When the organisation knew of the situation.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'knewOn must be written YYYY-MM-DD' })
  knewOn: string;
  @Field() @IsNotEmpty() @MaxLength(2000) facts: string;
}

@ObjectType()
export class ReportingFailure {
  @Field(() => ID) id: string;
  @Field(() => ReporterKindValue) organisationKind: string;
  @Field() organisation: string;
  @Field() knewOn: string;
  @Field() facts: string;
}

@ObjectType({ description: 'Reporting failures of one organisation in one region (四(二)2 追责).' })
export class ReportingFailureTally {
  @Field() regionCode: string;
  @Field(() => ReporterKindValue) organisationKind: string;
  @Field() organisation: string;
  @Field(() => Int) failures: number;
  @Field(() => [ID]) caseIds: string[];
}

/** 四(二)2 last sentences: a duty-bearer's failure to report, recorded on the case and listed. */
@Injectable()
@Resolver(() => ProtectionCase)
export class AccountabilityResolver {
  private readonly steps: CaseSteps;

  constructor(
    private readonly cases: CaseRepository,
    private readonly scope: CaseScope,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.steps = new CaseSteps(cases, clock);
  }

  @ResolveField(() => [ReportingFailure], { nullable: true })
  reportingFailures(@Parent() c: StoredCase) {
    return c.reportingFailures ?? [];
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records that a duty-bearer knew of the child’s situation and did not report it (四(二)2).',
  })
  async recordReportingFailure(
    @Args('input') input: RecordReportingFailureInput,
    @Viewer() viewer: Identity,
  ) {
    const actor = actorOf(viewer);
    await this.scope.get(input.caseId, viewer);
    const knewOn = this.steps.pastDate(input.knewOn, 'input.knewOn');
    const c = await this.steps.load(input.caseId, 'recordMeasure');
    const refusal = failureRefusal(input.organisationKind, input.organisation, c.reports);
    if (refusal)
      throw new DomainError(
        refusal,
        refusal === 'DUTY_BEARER_DID_REPORT'
          ? `${input.organisation} reported in this case; no failure to record`
          : `${input.organisationKind} owes no mandatory report`,
        'invalid',
        { field: refusal === 'DUTY_BEARER_DID_REPORT' ? 'input.organisation' : 'input.organisationKind' },
      );
    const failure: StoredReportingFailure = {
      id: uuidv7(),
      organisationKind: input.organisationKind,
      organisation: input.organisation.trim(),
      knewOn,
      facts: input.facts.trim(),
      recordedBy: actor.id,
    };
    return this.steps.write(
      c,
      'REPORTING_FAILURE_RECORDED',
      c.status,
      `${failure.organisation} knew on ${knewOn}`,
      actor,
      { $set: { hasReportingFailures: true }, $push: { reportingFailures: failure } },
      [],
    );
  }

  @Query(() => [ReportingFailureTally], {
    description: 'Duty-bearers’ reporting failures by region and organisation, most first (四(二)2).',
  })
  async reportingFailureTally(
    @Args('regionCode', { description: 'A region; its subtree is listed.' }) regionCode: string,
    @Viewer() viewer: Identity,
  ) {
    const cases = await this.cases.withReportingFailures();
    return tally(
      cases
        .filter((c) => caseInRegion({ regionCode }, c) && caseInRegion(viewer, c))
        .flatMap((c) =>
          (c.reportingFailures ?? []).map((f) => ({
            regionCode: c.regionCode,
            organisationKind: f.organisationKind,
            organisation: f.organisation,
            caseId: c.id,
          })),
        ),
    );
  }
}
