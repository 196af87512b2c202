import { maskResidentId, ROLE_NAMES, SENSITIVE_CATEGORY_READERS, type Identity } from '@qz/identity';
import { definePolicy, roles } from '@qz/platform';
import { classificationView, historyView, overridesView } from '../classification/classification-view';

/** Keep the ledger: the county/city civil-affairs bureau and the township child social worker. */
const LEDGER_KEEPERS = roles('CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER');
/** Who reads the ledger's health, disability and parents' custody details (BRIEF, DOMAIN §6). */
const LEDGER_DETAILS = roles('CIVIL_AFFAIRS_OFFICER', 'POLICE_OFFICER', 'COORDINATOR');
/**
 * A sensitive ledger detail says whether the child is in a sensitive category (an AIDS flag is
 * AIDS_AFFECTED): only the roles that read the ledger's details and may also see that category
 * (libs/identity sensitive-categories.ts), so that no detail shows what the category table hides
 * (issue 16: the police read health details). The coordinator must say why; each read is logged.
 */
const detailsOf = (category: keyof typeof SENSITIVE_CATEGORY_READERS) =>
  ({
    roles: LEDGER_DETAILS.filter((r) => SENSITIVE_CATEGORY_READERS[category]?.includes(r)),
    purposeFrom: roles('COORDINATOR'),
    audit: true,
  }) as const;

/** Who reads a child's placements: the ledger keepers, the coordinator with a purpose; logged. */
const PLACEMENT_READERS = {
  roles: roles('CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'COORDINATOR'),
  purposeFrom: roles('COORDINATOR'),
  audit: true,
} as const;

/**
 * A child's categories, their history and overrides: every role that reads children, each seeing
 * the sensitive categories its work needs (libs/identity sensitive-categories.ts, docs/access.md)
 * and the others absent; a read that showed a sensitive category or a reason is logged.
 */
const CHILD_READERS = roles(...ROLE_NAMES.filter((r) => r !== 'ACCESS_AUDITOR'));
const byReader = <T>(view: (value: T, identity: Identity) => { value: unknown; sensitive: boolean }) =>
  ({ roles: CHILD_READERS, view, audit: true }) as const;

/**
 * The registry's access policy (issue 8 §3). Every root operation and every sensitive field of
 * the ledger subgraph, with the roles allowed; anything not named here is refused.
 */
export const registryPolicy = definePolicy({
  service: 'registry',
  operations: {
    // A child by id: every department works with children of the ledger (their own parts are in
    // their subgraphs); the access auditor reads only the access log.
    child: {
      roles: roles(
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'VILLAGE_SUPERVISOR',
        'EDUCATION_OFFICER',
        'SCHOOL_STAFF',
        'HEALTH_OFFICER',
        'DPF_OFFICER',
        'POLICE_OFFICER',
        'TOWNSHIP_OFFICER',
        'COORDINATOR',
      ),
    },
    // Lists of the ledger: civil affairs at every level (a village supervisor gets their village
    // through region scoping), the township office that assesses, the coordinator's overview.
    children: {
      roles: roles(
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'VILLAGE_SUPERVISOR',
        'TOWNSHIP_OFFICER',
        'COORDINATOR',
      ),
    },
    // Regions are public administrative data.
    region: { roles: roles(...ROLE_NAMES) },
    regions: { roles: roles(...ROLE_NAMES) },
    // The network of supervisors and social workers (四(二)1, 五(一)): civil affairs appoints them.
    supervisors: {
      roles: roles('CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'TOWNSHIP_OFFICER', 'COORDINATOR'),
    },
    appointSupervisor: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    endSupervisor: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    // Registration, identity and classification are the bureau's decisions (三, 四(二)3).
    registerChild: { roles: LEDGER_KEEPERS },
    registerProvisionalChild: { roles: LEDGER_KEEPERS },
    confirmChildIdentity: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    overrideChildCategory: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    updateChildCircumstances: { roles: LEDGER_KEEPERS },
    // Names and household moves: the bureau's record (a move across counties needs both regions).
    updateChildRecord: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    // Entrusted guardianship and living arrangements (四(一)1, 四(一)3).
    addEntrustmentAgreement: { roles: LEDGER_KEEPERS },
    endEntrustmentAgreement: { roles: LEDGER_KEEPERS },
    recordAgreementCheck: { roles: LEDGER_KEEPERS },
    recordLivingArrangement: { roles: LEDGER_KEEPERS },
    // Placement of children without parental care (四(一)2): the bureau decides; its follow-up
    // visits and adoption assessments (四(一)4) are the bureau's and the social worker's.
    decideCarePlacement: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    endCarePlacement: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    recordPlacementFollowUp: { roles: LEDGER_KEEPERS },
    // Visits (四(一)4): the one thing a village supervisor writes.
    recordVisit: { roles: roles('CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'VILLAGE_SUPERVISOR') },
    // Bulk imports of a county's ledger file.
    importChildren: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    childImport: { roles: roles('CIVIL_AFFAIRS_OFFICER') },
    // Children and regions referenced from another subgraph (the gateway's entity fetch, e.g. the
    // whole picture of a child, a department's list naming children, a region's indicators): as
    // `child`, and the access scope interceptor refuses a child outside the asker's region.
    _entities: { roles: CHILD_READERS },
    // What another department did not do in time (a first response not dispatched, 四(二)3): the
    // coordinator (五(二)) and the township office each acknowledge it.
    unacknowledgedEscalations: { roles: roles('COORDINATOR', 'TOWNSHIP_OFFICER') },
    acknowledgeEscalation: { roles: roles('COORDINATOR', 'TOWNSHIP_OFFICER') },
    // The access log (issue 8 §4): its auditor only.
    childAccessLog: { roles: roles('ACCESS_AUDITOR') },
  },
  fields: {
    // Identity numbers: shown to those who need them, masked for everyone else; reads are logged.
    'Child.residentIdNumber': {
      roles: roles('CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER', 'POLICE_OFFICER'),
      mask: maskResidentId,
      audit: true,
    },
    // Categories (三) and why they changed: sensitive ones by need (issue 16 finding 4).
    'Child.classification': byReader(classificationView),
    'Child.classificationHistory': byReader(historyView),
    'Child.classificationOverrides': byReader(overridesView),
    // Health and disability (三(一)3): civil affairs and the coordinator, not the police.
    'ChildCircumstances.disabilityCertificate': detailsOf('DISABLED'),
    'ChildCircumstances.disability': detailsOf('DISABLED'),
    'ChildCircumstances.seriousIllness': detailsOf('SERIOUSLY_ILL'),
    'ChildCircumstances.illnessDiagnosis': detailsOf('SERIOUSLY_ILL'),
    'ChildCircumstances.aidsAffected': detailsOf('AIDS_AFFECTED'),
    // Parents' custody, prison, drug rehabilitation, illness (三(一)2): the police too (四(二)4–5).
    'ChildCircumstances.father': detailsOf('DE_FACTO_UNSUPPORTED'),
    'ChildCircumstances.mother': detailsOf('DE_FACTO_UNSUPPORTED'),
    // Rescued from trafficking (三(一)4): the police too.
    'ChildCircumstances.traffickingRescued': detailsOf('TRAFFICKING_RESCUED'),
    // Placements (四(一)2, 四(一)4): why the child has no family care and where it lives now,
    // adoption included (confidential): civil affairs, the coordinator with a purpose; logged.
    'Child.placement': PLACEMENT_READERS,
    'Child.placementHistory': PLACEMENT_READERS,
    // Indicators (DOMAIN §5): the coordinator and civil affairs.
    'Region.registryIndicators': {
      roles: roles('COORDINATOR', 'CIVIL_AFFAIRS_OFFICER', 'CHILD_SOCIAL_WORKER'),
    },
  },
});
