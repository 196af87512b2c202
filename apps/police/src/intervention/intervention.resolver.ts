import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Identity } from '@qz/identity';
import { Inject } from '@nestjs/common';
import { localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { actorOf, CLOCK, Viewer } from '@qz/platform';
import { CaseScope } from '../cases/case-scope';
import { ProtectionCase } from '../cases/case.model';
import type { ProtectionCase as StoredCase } from '../cases/case.service';
import { InterventionErrors } from './intervention.errors';
import {
  FileRevocationPetitionInput,
  RecordCourtDecisionInput,
  RecordInterventionInput,
  RevocationGroundValue,
} from './intervention.inputs';
import { GroundCheckModel, Intervention, RevocationPetition } from './intervention.model';
import { REVOCATION_GROUNDS } from './intervention.rules';
import { InterventionService } from './intervention.service';

@Resolver(() => ProtectionCase)
export class InterventionResolver {
  constructor(
    private readonly interventions: InterventionService,
    private readonly scope: CaseScope,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField('interventions', () => [Intervention], {
    nullable: true,
    description: '四(二)5 interventions against the guardian.',
  })
  interventionsOf(@Parent() c: StoredCase) {
    return c.interventions ?? [];
  }

  @ResolveField(() => [RevocationPetition], {
    nullable: true,
    description: 'Petitions to revoke guardianship and the court’s decisions.',
  })
  revocationPetitions(@Parent() c: StoredCase) {
    return c.petitions ?? [];
  }

  @Query(() => [GroundCheckModel], {
    description:
      'Checks revocation grounds (四(二)5) against the child’s record across all cases, with the evidence, without filing.',
  })
  async revocationGroundChecks(
    @Args('childId', { type: () => ID }) childId: string,
    @Viewer() viewer: Identity,
    @Args('on', { nullable: true, description: 'The filing date; today if not given.' }) on?: string,
    @Args('grounds', { type: () => [RevocationGroundValue], nullable: true }) grounds?: string[],
  ) {
    if (grounds && !grounds.length) throw InterventionErrors.groundsMissing();
    await this.scope.ofChild(childId, viewer);
    return this.interventions.checkGrounds(
      childId,
      on ? parseLocalDate(on, 'on') : localDateInChina(this.clock.now()),
      (grounds ?? REVOCATION_GROUNDS) as never,
    );
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records criticism and education, a public-security penalty or a criminal case (四(二)5).',
  })
  async recordIntervention(@Args('input') input: RecordInterventionInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.interventions.record(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Files a petition to revoke guardianship; refused when the record does not support a ground.',
  })
  async fileRevocationPetition(
    @Args('input') input: FileRevocationPetitionInput,
    @Viewer() viewer: Identity,
  ) {
    await this.scope.get(input.caseId, viewer);
    return this.interventions.petition(input, actorOf(viewer));
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records the court’s decision; a revocation with its new guardian is sent to the registry.',
  })
  async recordCourtDecision(@Args('input') input: RecordCourtDecisionInput, @Viewer() viewer: Identity) {
    await this.scope.get(input.caseId, viewer);
    return this.interventions.decide(input, actorOf(viewer));
  }
}
