import { maskResidentIdNumber } from '@qz/kernel';
import type { Plain } from '@qz/persistence';
import { circumstancesModel } from '../classification/circumstances';
import { guardianshipModel, livingArrangementModel } from '../guardianship/guardianship.mapper';
import { placementsModel } from '../placement/placement.mapper';
import type { RiskLevelValue } from './child-list.inputs';
import type { ChildModel, SexValue } from './child.model';
import type { ChildDocument } from './child.schema';

/** A stored child as the graph shows it: the ID number masked, storage fields left out. */
export const toModel = (c: Plain<ChildDocument>): ChildModel => ({
  id: c.id,
  familyName: c.familyName,
  givenName: c.givenName,
  sex: c.sex as SexValue,
  birthDate: c.birthDate,
  maskedResidentIdNumber: c.provisional ? 'PROVISIONAL' : maskResidentIdNumber(c.residentIdNumber),
  // Read only through the Child.residentIdNumber field resolver (masked and audited by the policy).
  residentIdNumber: c.provisional ? null : c.residentIdNumber,
  provisional: c.provisional ?? false,
  mergedIntoChildId: c.mergedInto ?? null,
  mergedFromChildIds: c.mergedFrom ?? [],
  identityHistory: c.identityHistory ?? [],
  regionCode: c.regionCode,
  registeredAt: c.registeredAt,
  classification: c.classification ?? null,
  classificationHistory: (c.classificationHistory ?? []).map((h) => ({
    ...h,
    effectiveOn: h.effectiveOn ?? null,
  })),
  circumstances: { ...circumstancesModel(c.circumstances), childId: c.id },
  classificationOverrides: c.classificationOverrides ?? [],
  guardianship: guardianshipModel(c.guardianship),
  livingArrangement: livingArrangementModel(c.livingArrangement),
  placements: placementsModel(c.placements),
  visits: (c.visits ?? []).map((v) => ({
    ...v,
    dangerSigns: v.dangerSigns ?? [],
    riskLevel: v.riskLevel as RiskLevelValue,
  })),
  visiting: c.visiting
    ? {
        ...c.visiting,
        riskLevel: c.visiting.riskLevel as RiskLevelValue,
        assessedOn: c.visiting.assessedOn ?? null,
        assessmentCaseId: c.visiting.assessmentCaseId ?? null,
      }
    : null,
});
