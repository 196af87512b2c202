import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@qz/contracts';
import { Inject } from '@nestjs/common';
import { localDateInChina, parseLocalDate, type Clock } from '@qz/kernel';
import { CLOCK } from '@qz/platform';
import { ProtectionCase } from '../cases/case.model';
import type { ProtectionCase as StoredCase } from '../cases/case.repository';
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

// The acting person comes from the verified gateway identity once authentication is in place.
const ACTOR: Actor = { kind: 'user', id: 'unauthenticated', department: 'POLICE' };

@Resolver(() => ProtectionCase)
export class InterventionResolver {
  constructor(
    private readonly interventions: InterventionService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @ResolveField('interventions', () => [Intervention], {
    description: '四(二)5 interventions against the guardian.',
  })
  interventionsOf(@Parent() c: StoredCase) {
    return c.interventions ?? [];
  }

  @ResolveField(() => [RevocationPetition], {
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
    @Args('on', { nullable: true, description: 'The filing date; today if not given.' }) on?: string,
    @Args('grounds', { type: () => [RevocationGroundValue], nullable: true }) grounds?: string[],
  ) {
    if (grounds && !grounds.length) throw InterventionErrors.groundsMissing();
    return this.interventions.checkGrounds(
      childId,
      on ? parseLocalDate(on, 'on') : localDateInChina(this.clock.now()),
      (grounds ?? REVOCATION_GROUNDS) as never,
    );
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records criticism and education, a public-security penalty or a criminal case (四(二)5).',
  })
  recordIntervention(@Args('input') input: RecordInterventionInput) {
    return this.interventions.record(input, ACTOR);
  }

  @Mutation(() => ProtectionCase, {
    description:
      'Files a petition to revoke guardianship; refused when the record does not support a ground.',
  })
  fileRevocationPetition(@Args('input') input: FileRevocationPetitionInput) {
    return this.interventions.petition(input, ACTOR);
  }

  @Mutation(() => ProtectionCase, {
    description: 'Records the court’s decision; a revocation with its new guardian is sent to the registry.',
  })
  recordCourtDecision(@Args('input') input: RecordCourtDecisionInput) {
    return this.interventions.decide(input, ACTOR);
  }
}
