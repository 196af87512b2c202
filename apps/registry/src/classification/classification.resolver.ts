import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { actorOf, Viewer } from '@qz/platform';
import type { Identity } from '@qz/identity';
import { toModel } from '../children/child.mapper';
import { ChildModel } from '../children/child.model';
import { refuseLedgerDisability } from './circumstances.checks';
import { ClassificationService, type CircumstanceChanges } from './classification.service';
import { OverrideChildCategoryInput } from './override-category.input';
import { UpdateChildCircumstancesInput } from './update-circumstances.input';

@Resolver(() => ChildModel)
export class ClassificationResolver {
  constructor(private readonly classification: ClassificationService) {}

  @Mutation(() => ChildModel, {
    description:
      'Puts a child in a category or takes it out against the rules, with a written reason kept in the history.',
  })
  async overrideChildCategory(@Args('input') input: OverrideChildCategoryInput, @Viewer() viewer: Identity) {
    const child = await this.classification.overrideCategory(
      input.childId,
      input.category,
      input.include ?? null,
      input.reason.trim(),
      actorOf(viewer),
    );
    return toModel(child);
  }

  @Mutation(() => ChildModel, {
    description:
      'Records changes to a child’s circumstances and recomputes the child’s categories (三). The disability ' +
      'certificate is not among them: the DPF records it (health’s recordDisabilityCertificate) and the ledger ' +
      'takes it from there (DISABILITY_RECORDED_BY_DPF when given here).',
  })
  async updateChildCircumstances(
    @Args('input') input: UpdateChildCircumstancesInput,
    @Viewer() viewer: Identity,
  ) {
    const {
      childId,
      reason,
      dibao,
      lowIncome,
      dibaoCertifiedFrom,
      dibaoCertifiedUntil,
      lowIncomeCertifiedFrom,
      lowIncomeCertifiedUntil,
      householdAddress,
      hukouRegionCode,
      disabilityCertificate,
      disabilityType,
      disabilityGrade,
      ...rest
    } = input;
    const given = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
    const household = given({
      dibao,
      lowIncome,
      dibaoFrom: dibaoCertifiedFrom,
      dibaoUntil: dibaoCertifiedUntil,
      lowIncomeFrom: lowIncomeCertifiedFrom,
      lowIncomeUntil: lowIncomeCertifiedUntil,
      address: householdAddress?.trim(),
      hukouRegionCode,
    });
    // Issue 15 defect 4: the certificate is the DPF's record, refused here with the field named.
    refuseLedgerDisability({ disabilityCertificate, disabilityType, disabilityGrade });
    const child = await this.classification.updateCircumstances(
      childId,
      { ...given(rest), household } as CircumstanceChanges,
      reason.trim(),
      actorOf(viewer),
    );
    return toModel(child);
  }
}
