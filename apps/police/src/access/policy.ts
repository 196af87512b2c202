import { definePolicy, roles } from '@qz/platform';

/**
 * Who may do what in the police subgraph (四(二)2–5; issue 8). Region scoping comes on top: every
 * user acts only on cases of their region's subtree.
 */

/** Police run the case: they receive reports, dispatch, record measures and interventions. */
const POLICE = roles('POLICE_OFFICER');

/**
 * 四(二)2: the duty-bearers enter their own mandatory reports, welfare institutions and rescue
 * centres too; 四(一)2: prisons and drug-rehabilitation centres report inmates' children who lack
 * a guardian. Submitting is all they do: what the case holds afterwards (other reports, the police
 * response) is not theirs to read.
 */
const REPORTERS = roles(
  'POLICE_OFFICER',
  'SCHOOL_STAFF',
  'EDUCATION_OFFICER',
  'HEALTH_OFFICER',
  'VILLAGE_SUPERVISOR',
  'CHILD_SOCIAL_WORKER',
  'INSTITUTION_STAFF',
  'CUSTODY_STAFF',
);

/**
 * Reading cases: police; the township, which assesses them (四(二)4); civil affairs, which takes
 * over guardianship (四(二)5); the coordinators, who must say why.
 */
const CASE_READERS = roles('POLICE_OFFICER', 'TOWNSHIP_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');
const COORDINATOR_STATES_WHY = roles('COORDINATOR');

/** Guardianship interventions and petitions: police and civil affairs (the petitioner, 四(二)5). */
const GUARDIANSHIP = roles('POLICE_OFFICER', 'CIVIL_AFFAIRS_OFFICER');
const GUARDIANSHIP_READERS = roles('POLICE_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');

/** The township records its assessment and plan and closes the case it assessed (四(二)4). */
const TOWNSHIP = roles('TOWNSHIP_OFFICER');

/** The shared decision for the child's whole picture (BRIEF.md): a summary of police work. */
const PROTECTION_PICTURE = roles(
  'POLICE_OFFICER',
  'TOWNSHIP_OFFICER',
  'CIVIL_AFFAIRS_OFFICER',
  'CHILD_SOCIAL_WORKER',
  'COORDINATOR',
);

/**
 * 四(一)2: police record a detained parent's children and their care; civil affairs arranges the
 * care of a child nobody was found for. That a child's parent is detained is read by police, civil
 * affairs and coordinators (with a purpose), as the ledger's custody details are; each read logged.
 */
const DETENTION_READERS = roles('POLICE_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');
const detentionDetail = {
  roles: DETENTION_READERS,
  purposeFrom: COORDINATOR_STATES_WHY,
  audit: true,
} as const;

/** A case detail: readable by the case readers (coordinators with a purpose), each read logged. */
const detail = { roles: CASE_READERS, purposeFrom: COORDINATOR_STATES_WHY, audit: true } as const;

export const policePolicy = definePolicy({
  service: 'police',
  operations: {
    // Reports: the duty-bearers and police enter them; the rest is police work.
    receiveReport: { roles: REPORTERS },
    dispatchCase: { roles: POLICE },
    recordMeasure: { roles: POLICE },
    notifyTownship: { roles: POLICE },
    recordReportingFailure: { roles: POLICE },
    // The city's dispatch SLAs are police settings; coordinators may read them.
    setDispatchSla: { roles: POLICE },
    dispatchSlas: { roles: roles('POLICE_OFFICER', 'COORDINATOR'), purposeFrom: COORDINATOR_STATES_WHY },
    // Reading cases and queues.
    protectionCase: { roles: CASE_READERS, purposeFrom: COORDINATOR_STATES_WHY },
    policeQueue: { roles: roles('POLICE_OFFICER', 'COORDINATOR'), purposeFrom: COORDINATOR_STATES_WHY },
    openAssessments: { roles: CASE_READERS, purposeFrom: COORDINATOR_STATES_WHY },
    // 四(二)2 追责: who failed to report is for police and the coordinators.
    reportingFailureTally: {
      roles: roles('POLICE_OFFICER', 'COORDINATOR'),
      purposeFrom: COORDINATOR_STATES_WHY,
    },
    // 四(二)4: the township's assessment.
    recordAssessment: { roles: TOWNSHIP },
    closeCase: { roles: TOWNSHIP },
    // 四(二)4: the township records its own plan items (guidance) and justice's (legal aid, on the
    // justice bureau's word: justice has no service here) done; departments' items are theirs.
    completeCasePlanItem: { roles: TOWNSHIP },
    // 四(二)5: interventions by police; petitions and decisions by police or civil affairs.
    recordIntervention: { roles: POLICE },
    fileRevocationPetition: { roles: GUARDIANSHIP },
    recordCourtDecision: { roles: GUARDIANSHIP },
    revocationGroundChecks: { roles: GUARDIANSHIP_READERS, purposeFrom: COORDINATOR_STATES_WHY },
    // 四(二)3 责令: police order the parents and check the orders.
    issueParentalOrder: { roles: POLICE },
    recordOrderFollowUp: { roles: POLICE },
    parentalOrdersDue: { roles: roles('POLICE_OFFICER', 'COORDINATOR'), purposeFrom: COORDINATOR_STATES_WHY },
    // 四(二)3 快速查找: police run the search for a missing child; coordinators follow it.
    startMissingChildSearch: { roles: POLICE },
    reviewMissingChildSearch: { roles: POLICE },
    endMissingChildSearch: { roles: POLICE },
    openMissingChildSearches: {
      roles: roles('POLICE_OFFICER', 'COORDINATOR'),
      purposeFrom: COORDINATOR_STATES_WHY,
    },
    // 四(一)2: detained parents' children.
    recordDetainedParent: { roles: POLICE },
    arrangeDetaineeChildCare: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    detaineeChildCareTasks: { roles: DETENTION_READERS, purposeFrom: COORDINATOR_STATES_WHY },
  },
  fields: {
    // The child's whole picture (shared decision): refused to education, health, DPF, villages.
    'Child.protection': { roles: PROTECTION_PICTURE, purposeFrom: COORDINATOR_STATES_WHY, audit: true },
    'Child.protectionCases': {
      roles: PROTECTION_PICTURE,
      purposeFrom: COORDINATOR_STATES_WHY,
      audit: true,
    },
    // Case details: the situation, the facts, what police and the township did.
    'ProtectionCase.situationType': detail,
    'ProtectionCase.childDescription': detail,
    'ProtectionCase.reports': detail,
    'ProtectionCase.dispatch': detail,
    'ProtectionCase.measures': detail,
    'ProtectionCase.notification': detail,
    'ProtectionCase.missingChildSearch': detail,
    'ProtectionCase.parentalOrders': detail,
    'ProtectionCase.assessment': detail,
    'ProtectionCase.timeline': detail,
    'ProtectionCase.reportingFailures': {
      roles: roles('POLICE_OFFICER', 'COORDINATOR'),
      purposeFrom: COORDINATOR_STATES_WHY,
      audit: true,
    },
    // Intervention grounds: police and civil affairs, coordinators with a purpose.
    'ProtectionCase.interventions': {
      roles: GUARDIANSHIP_READERS,
      purposeFrom: COORDINATOR_STATES_WHY,
      audit: true,
    },
    'ProtectionCase.revocationPetitions': {
      roles: GUARDIANSHIP_READERS,
      purposeFrom: COORDINATOR_STATES_WHY,
      audit: true,
    },
    // The reporting person is protected: police only (they may need to call back). The body that
    // reported (a school, a hospital) is a case detail: the township and coordinators follow up
    // duty-bearers' reporting (四(二)2 追责).
    'Report.reporterName': { roles: POLICE, audit: true },
    'Report.reporterPhone': { roles: POLICE, audit: true },
    'Report.reporterOrganisation': detail,
    'Report.facts': detail,
    // 四(一)2: a child's detained parent and who cares for the child.
    'DetaineeChild.arrangement': detentionDetail,
    'DetaineeChild.caregiver': detentionDetail,
    'DetaineeChildCareTask.measure': detentionDetail,
    // Indicators: coordinators, civil affairs and police (shared decision).
    'Region.policeIndicators': {
      roles: roles('COORDINATOR', 'CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER'),
    },
  },
});
