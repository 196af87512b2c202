import { definePolicy, roles } from '@qz/platform';

/**
 * Who may do what in assistance (四(三)1 basic living support, 四(四)1 one-window intake). One rule
 * per root operation and per sensitive field; an operation missing here is refused. Region scoping
 * (the user's subtree) applies on top of every rule, in the subgraph.
 */

/** The county civil-affairs bureau: decides and pays (县级民政部门审批、发放). */
const COUNTY_DECIDES = roles('CIVIL_AFFAIRS_OFFICER');
/** The township window (乡镇受理、初审): the child social worker and the township office. */
const TOWNSHIP_WINDOW = roles('CHILD_SOCIAL_WORKER', 'TOWNSHIP_OFFICER');
/** The departments deciding their part of a one-window application (协同办理). */
const PART_DEPARTMENTS = roles('CIVIL_AFFAIRS_OFFICER', 'HEALTH_OFFICER', 'EDUCATION_OFFICER', 'DPF_OFFICER');

export const assistancePolicy = definePolicy({
  service: 'assistance',
  operations: {
    // Standards: the amounts in force, read by whoever decides or receives applications; set by
    // the civil-affairs bureau of the city or a county.
    assistanceStandards: { roles: roles(...COUNTY_DECIDES, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
    publishAssistanceStandard: { roles: COUNTY_DECIDES },

    // Benefits are granted, changed, suspended and ended by the county bureau only.
    grantBenefit: { roles: COUNTY_DECIDES },
    suspendBenefit: { roles: COUNTY_DECIDES },
    resumeBenefit: { roles: COUNTY_DECIDES },
    endBenefit: { roles: COUNTY_DECIDES },
    changeBenefit: { roles: COUNTY_DECIDES },

    // 应保尽保: the proposals and the gaps are followed up by the township (it helps the family
    // apply) and read by the coordinators; only the county decides a proposal.
    eligibilityProposals: { roles: roles(...COUNTY_DECIDES, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
    coverageGaps: { roles: roles(...COUNTY_DECIDES, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
    acceptProposal: { roles: COUNTY_DECIDES },
    rejectProposal: { roles: COUNTY_DECIDES },

    // Payment rolls (who is paid what) stay with the bureau; coordinators read them.
    generatePaymentRoll: { roles: COUNTY_DECIDES },
    paymentRoll: { roles: roles(...COUNTY_DECIDES, 'COORDINATOR') },

    // Plan items police assigned to civil affairs (四(二)4: social assistance, emergency shelter):
    // the county bureau and the township's child social worker deliver and complete them; the
    // coordinators follow them.
    assistancePlanItems: { roles: roles(...COUNTY_DECIDES, 'CHILD_SOCIAL_WORKER', 'COORDINATOR') },
    completeAssistancePlanItem: { roles: roles(...COUNTY_DECIDES, 'CHILD_SOCIAL_WORKER') },

    // One-window intake: the township receives and reviews, the county approves, each department
    // decides its own part (and sees only its own parts, see Application.parts).
    submitApplication: { roles: TOWNSHIP_WINDOW },
    reviewApplication: { roles: TOWNSHIP_WINDOW },
    approveApplication: { roles: COUNTY_DECIDES },
    decideApplicationPart: { roles: PART_DEPARTMENTS },
    application: { roles: roles(...PART_DEPARTMENTS, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
    applicationPartsToDecide: { roles: PART_DEPARTMENTS },
    intakeQueue: { roles: roles(...COUNTY_DECIDES, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
    overdueApplications: { roles: roles(...COUNTY_DECIDES, ...TOWNSHIP_WINDOW, 'COORDINATOR') },
  },
  fields: {
    // The child's assistance (benefits, proposals, applications: the family's poverty and
    // hardship) in the whole picture: civil affairs, the township, health (medical assistance
    // and premium subsidies depend on it) and the coordinators. Every read is logged.
    'Child.assistance': {
      roles: roles(
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'TOWNSHIP_OFFICER',
        'HEALTH_OFFICER',
        'COORDINATOR',
      ),
      audit: true,
    },
    // An application's parts carry what the family asked for (a diagnosis, a disability): each
    // read is logged against the child; a department's officer sees only its own parts.
    'Application.parts': {
      roles: roles(...PART_DEPARTMENTS, ...TOWNSHIP_WINDOW, 'COORDINATOR'),
      audit: true,
    },
    // The indicators (docs/domain/indicators.md): the coordinators and the civil-affairs bureau.
    'Region.assistanceIndicators': { roles: roles('COORDINATOR', 'CIVIL_AFFAIRS_OFFICER') },
  },
});
