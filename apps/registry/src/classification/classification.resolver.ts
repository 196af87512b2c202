import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import { ClassificationService } from './classification.service';
import { UpdateChildCircumstancesInput } from './update-circumstances.input';

@Resolver(() => ChildModel)
export class ClassificationResolver {
  constructor(private readonly classification: ClassificationService) {}

  @Mutation(() => ChildModel, {
    description: 'Records changes to a child’s circumstances and recomputes the child’s categories (三).',
  })
  async updateChildCircumstances(@Args('input') input: UpdateChildCircumstancesInput) {
    const { childId, reason, dibao, lowIncome, ...rest } = input;
    const current = await this.classification.currentCircumstances(childId);
    const household = {
      dibao: dibao ?? current.household.dibao,
      lowIncome: lowIncome ?? current.household.lowIncome,
    };
    const changes = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
    // The acting person comes from the verified gateway identity once authentication is in place.
    const child = await this.classification.updateCircumstances(
      childId,
      { ...changes, household },
      reason.trim(),
      { kind: 'user', id: 'unauthenticated' },
    );
    return toModel(child);
  }
}
