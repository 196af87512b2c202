import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildCircumstances, Disability, ParentStatusValue } from './classification.model';

/**
 * The sensitive parts of a child's circumstances (docs/domain/data-about-minors.md): parents' statuses, disability,
 * illness, a rescue from trafficking. Field resolvers so that the policy's field rules apply: other roles get null and a
 * FORBIDDEN error at the path, the rest of the child still resolves; each allowed read is logged.
 * Nullable for that reason.
 */
@Resolver(() => ChildCircumstances)
export class ChildCircumstancesResolver {
  @ResolveField(() => ParentStatusValue, { nullable: true })
  father(@Parent() c: ChildCircumstances) {
    return c.father;
  }

  @ResolveField(() => ParentStatusValue, { nullable: true })
  mother(@Parent() c: ChildCircumstances) {
    return c.mother;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Holds a disability certificate, as the DPF recorded it in the health service (issue 15).',
  })
  disabilityCertificate(@Parent() c: ChildCircumstances) {
    return c.disabilityCertificate;
  }

  @ResolveField(() => Disability, {
    nullable: true,
    description: 'The certificate’s type and grade, as the DPF recorded it in the health service.',
  })
  disability(@Parent() c: ChildCircumstances) {
    return c.disability;
  }

  @ResolveField(() => Boolean, { nullable: true })
  seriousIllness(@Parent() c: ChildCircumstances) {
    return c.seriousIllness;
  }

  @ResolveField(() => String, { nullable: true })
  illnessDiagnosis(@Parent() c: ChildCircumstances) {
    return c.illnessDiagnosis;
  }

  @ResolveField(() => Boolean, { nullable: true })
  aidsAffected(@Parent() c: ChildCircumstances) {
    return c.aidsAffected;
  }

  @ResolveField(() => Boolean, { nullable: true })
  traffickingRescued(@Parent() c: ChildCircumstances) {
    return c.traffickingRescued;
  }
}
