import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CareArrangementValue, CustodyMeasureValue } from './detention.inputs';
import { DetaineeChild, DetaineeChildCareTask } from './detention.model';
import type { StoredDetaineeChild } from './detention.types';

/**
 * Who cares for a detained parent's child, and that a parent is detained, are resolved fields so
 * the policy table's field rules apply (refused: null with FORBIDDEN; every read is logged).
 */
@Resolver(() => DetaineeChild)
export class DetaineeChildResolver {
  @ResolveField(() => CareArrangementValue, { nullable: true })
  arrangement(@Parent() c: StoredDetaineeChild) {
    return c.arrangement;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The relative, adult or institution caring for the child; null while nobody is found.',
  })
  caregiver(@Parent() c: StoredDetaineeChild) {
    return c.caregiver;
  }
}

@Resolver(() => DetaineeChildCareTask)
export class DetaineeChildCareTaskResolver {
  @ResolveField(() => CustodyMeasureValue, {
    nullable: true,
    description: 'The measure the parent is under.',
  })
  measure(@Parent() t: { measure: string }) {
    return t.measure;
  }
}
