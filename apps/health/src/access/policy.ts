import { definePolicy, roles } from '@qz/platform';
import { WINDOW_PART_PROGRESS_READERS } from '@qz/window-parts';

/**
 * Who may do what in the health service (policy 四(三)2, 四(四)2, 五(一)–(二); docs/domain/users-and-regions.md, docs/domain/data-about-minors.md).
 * Region scoping is not here: every operation is also limited to the asker's region subtree
 * (region arguments by the platform, records named by their own id by the services).
 */

/** The health commission: premium subsidies, medical assistance, policy parameters, budgets. */
const HEALTH = roles('HEALTH_OFFICER');
/** The disabled persons' federation: rehabilitation assistance (and 明天计划) and disability records. */
const DPF = roles('DPF_OFFICER');
/** Both departments of this service. */
const OFFICERS = roles('HEALTH_OFFICER', 'DPF_OFFICER');
/** Who reads a child's health part (BRIEF shared decision): the officers, civil affairs, the coordinator. */
const CHILD_HEALTH_READERS = roles('HEALTH_OFFICER', 'DPF_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');

export const healthPolicy = definePolicy({
  service: 'health',
  operations: {
    // Policy parameters are public to the people who apply them or explain them to families;
    // only the health commission changes them, and only for its own region: the standard's
    // regionCode (450700 or a county) must lie in the officer's subtree, so a city officer sets
    // any, a county officer its county's, a township or village officer none.
    healthPolicyStandards: { roles: CHILD_HEALTH_READERS },
    setHealthPolicyStandard: { roles: HEALTH },

    // Budgets are the health commission's; the DPF sees the usage of the budgets it spends
    // (rehabilitation) and the coordinator follows budget use (五(一) indicators).
    healthBudgets: { roles: roles('HEALTH_OFFICER', 'DPF_OFFICER', 'COORDINATOR') },
    setHealthBudget: { roles: HEALTH },

    // The officers' work queue: each sees the programmes of their department only.
    healthQueue: { roles: OFFICERS },
    // Plan items police assigned to health (四(二)4: medical treatment, counselling): the health
    // commission delivers and completes them; the coordinators follow them.
    healthPlanItems: { roles: roles('HEALTH_OFFICER', 'COORDINATOR') },
    completeHealthPlanItem: { roles: HEALTH },
    // Parts of one-window applications (四(四)1) routed here: medical assistance and the premium
    // subsidy are the health commission's, rehabilitation the DPF's (checked per part); the
    // coordinator follows them.
    healthWindowParts: { roles: roles('HEALTH_OFFICER', 'DPF_OFFICER', 'COORDINATOR') },
    decideHealthWindowPart: { roles: OFFICERS },
    // The designated institutions are a public list; social workers help families choose one.
    designatedRehabInstitutions: {
      roles: roles(
        'HEALTH_OFFICER',
        'DPF_OFFICER',
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'COORDINATOR',
      ),
    },

    // Medical assistance is the health commission's, rehabilitation and 明天计划 the DPF's;
    // disability certificates are recorded by the DPF.
    submitMedicalClaim: { roles: HEALTH },
    applyForRehab: { roles: DPF },
    recordDisabilityCertificate: { roles: DPF },
    withdrawDisabilityCertificate: { roles: DPF },
    // The steps of an application: the officers of the programme's department (checked per
    // application by the workflow: medical claims HEALTH_OFFICER, rehabilitation and 明天计划
    // DPF_OFFICER), within the application's region; approval and payment also within the
    // region of the budget they draw on (the county).
    reviewHealthApplication: { roles: OFFICERS },
    approveHealthApplication: { roles: OFFICERS },
    refuseHealthApplication: { roles: OFFICERS },
    disburseHealthApplication: { roles: OFFICERS },
  },
  fields: {
    // The window's live status of the parts this service decides (四(四)1), read at the window.
    'ApplicationPart.healthProgress': { roles: WINDOW_PART_PROGRESS_READERS },
    // A child's health part in the whole picture (BRIEF shared decision); the coordinator says why.
    'Child.health': { roles: CHILD_HEALTH_READERS, purposeFrom: roles('COORDINATOR'), audit: true },
    // Disability (type, grade) and rehabilitation services name the child's disability.
    'ChildHealth.disability': { roles: CHILD_HEALTH_READERS, purposeFrom: roles('COORDINATOR'), audit: true },
    'ChildHealth.disabilityWithdrawals': {
      roles: CHILD_HEALTH_READERS,
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    'ChildHealth.rehabServices': {
      roles: CHILD_HEALTH_READERS,
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    // Medical claims carry hospital and diagnosis: the DPF has no need of them.
    'ChildHealth.medicalClaims': {
      roles: roles('HEALTH_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR'),
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    // The diagnosis itself: only the health commission deciding the claim, and the coordinator
    // with a purpose; civil affairs sees that a claim was paid, not what the child suffers from.
    'HealthApplication.medical': {
      roles: roles('HEALTH_OFFICER', 'COORDINATOR'),
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    // The disability type and service of a rehabilitation application.
    'HealthApplication.rehab': {
      roles: CHILD_HEALTH_READERS,
      purposeFrom: roles('COORDINATOR'),
      audit: true,
    },
    // The department's indicators (BRIEF shared decision).
    'Region.healthIndicators': {
      roles: roles('COORDINATOR', 'CIVIL_AFFAIRS_OFFICER', 'HEALTH_OFFICER', 'DPF_OFFICER'),
    },
  },
});
