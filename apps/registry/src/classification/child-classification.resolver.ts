import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChildModel } from '../children/child.model';
import { CategoryOverrideModel, ChildClassification, ClassificationChange } from './classification.model';

/**
 * A child's categories, their history and overrides: field resolvers so that the policy's field
 * rules apply (each reader sees their part, docs/access.md "Sensitive categories", and a read of
 * sensitive categories or reasons is logged).
 */
@Resolver(() => ChildModel)
export class ChildClassificationResolver {
  @ResolveField(() => ChildClassification, {
    nullable: true,
    description: 'Categories of 三 as of computedOn (sensitive ones only for the roles that need them).',
  })
  classification(@Parent() child: ChildModel) {
    return child.classification;
  }

  @ResolveField(() => [ClassificationChange], {
    description:
      'Every change of categories, oldest first (changes of categories the reader may not see left out; reasons only for the roles that see every category).',
  })
  classificationHistory(@Parent() child: ChildModel) {
    return child.classificationHistory;
  }

  @ResolveField(() => [CategoryOverrideModel], {
    description: 'Categories decided by a person against the rules (as the history, by reader).',
  })
  classificationOverrides(@Parent() child: ChildModel) {
    return child.classificationOverrides;
  }
}
