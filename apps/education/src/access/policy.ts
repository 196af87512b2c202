import { categoryListRule, definePolicy, roles } from '@qz/platform';
import { WINDOW_PART_PROGRESS_READERS } from '@qz/window-parts';
import { maskStudentNumber } from './masks';

/**
 * Who may do what in education (issue 8; docs/domain/users-and-regions.md, docs/domain/data-about-minors.md). Region scoping comes on top: every
 * user sees and changes only the schools, students and cases of their region's subtree.
 */

// The county education bureau (教育局) runs the county's schools and decides what is the bureau's:
// aid, escalation to the county government.
const BUREAU = roles('EDUCATION_OFFICER');
// The schools (and the bureau) keep student status (学籍), absences, contacts with the family and
// the dropout case up to the written report (四(二)6).
const SCHOOLS = roles('EDUCATION_OFFICER', 'SCHOOL_STAFF');
// Civil affairs and the committee office (妇儿工委办) coordinate across departments: they read
// dropout cases and aid, and change nothing here.
const CASE_READERS = roles('EDUCATION_OFFICER', 'SCHOOL_STAFF', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');
const AID_READERS = roles('EDUCATION_OFFICER', 'CIVIL_AFFAIRS_OFFICER', 'COORDINATOR');
const EDUCATION_READERS = roles(
  'EDUCATION_OFFICER',
  'SCHOOL_STAFF',
  'CIVIL_AFFAIRS_OFFICER',
  'CHILD_SOCIAL_WORKER',
  'POLICE_OFFICER',
  'COORDINATOR',
);

export const educationPolicy = definePolicy({
  service: 'education',
  operations: {
    // Schools: the bureau registers them; whoever reads cases may see where they are.
    school: { roles: CASE_READERS },
    schools: { roles: CASE_READERS },
    createSchool: { roles: BUREAU },

    // Students and attendance (四(二)6 first sentence): the school's daily work; the county bureau
    // may act for any school of its county.
    enrolStudent: { roles: SCHOOLS },
    openAbsenceRisks: { roles: SCHOOLS },
    recordAbsence: { roles: SCHOOLS },
    logAbsenceRiskContact: { roles: SCHOOLS },
    closeAbsenceRisk: { roles: SCHOOLS },

    // Dropout cases (控辍保学): schools register, persuade, flag, report and record the return;
    // only the bureau escalates to the county government; the coordinators read.
    dropoutCase: { roles: CASE_READERS },
    dropoutCases: { roles: CASE_READERS },
    overdueDropoutReports: { roles: CASE_READERS },
    escalatedDropoutCases: { roles: CASE_READERS },
    dropoutReportPdf: { roles: CASE_READERS },
    registerDropout: { roles: SCHOOLS },
    recordPersuasionAttempt: { roles: SCHOOLS },
    flagDropout: { roles: SCHOOLS },
    submitDropoutReport: { roles: SCHOOLS },
    recordDropoutReturn: { roles: SCHOOLS },
    escalateDropout: { roles: BUREAU },

    // Education aid (四(三)3): the bureau decides; civil affairs and the coordinators read.
    educationAidProposals: { roles: AID_READERS },
    confirmEducationAid: { roles: BUREAU },
    rejectEducationAid: { roles: BUREAU },

    // Children of compulsory-education age out of school (四(二)6): the county bureau's list, which
    // the township government watches too (镇政府…监控) and the coordinators follow; the bureau and
    // the schools record the parents' duty-to-enrol notice.
    outOfSchoolChildren: { roles: roles('EDUCATION_OFFICER', 'TOWNSHIP_OFFICER', 'COORDINATOR') },
    recordEnrolmentDutyNotice: { roles: SCHOOLS },
    // Disabled children's placement (四(三)3): it says the child is disabled (a sensitive category
    // that schools do not see in the registry's categories, issue 16 §4), so it is read by the
    // bureau and the school that teaches the child only; the bureau places, the schools record
    // the home-teaching visits.
    schoolingRecord: { roles: SCHOOLS },
    recordDisabledChildPlacement: { roles: BUREAU },
    recordHomeTeachingVisit: { roles: SCHOOLS },

    // Plan items police assigned to education (四(二)4: behaviour correction, the school's part of
    // a township assessment's plan): the schools and the bureau work and complete them; the
    // coordinators follow them.
    educationPlanItems: { roles: roles('EDUCATION_OFFICER', 'SCHOOL_STAFF', 'COORDINATOR') },
    completeEducationPlanItem: { roles: SCHOOLS },
    // Education aid asked for at a township window (四(四)1): the county bureau decides it.
    educationWindowParts: { roles: roles('EDUCATION_OFFICER', 'COORDINATOR') },
    decideEducationWindowPart: { roles: roles('EDUCATION_OFFICER') },
  },
  fields: {
    // The window's live status of the parts this service decides (四(四)1), read at the window.
    'ApplicationPart.educationProgress': { roles: WINDOW_PART_PROGRESS_READERS },
    // The child's education in the whole picture (BRIEF shared decision): education, civil
    // affairs, the township social worker, the police (what a mandatory report leads to) and the
    // coordinators; each read is in the access log. Health, DPF, village supervisors, township
    // officers and the auditor are refused.
    'Child.education': { roles: EDUCATION_READERS, audit: true },
    // The registry's categories as education knows them, and the categories behind an aid
    // proposal: the sensitive ones (三(一)2–3) only to the roles that need them, absent for the
    // others (a school sees none of them); a read that showed one is logged (issue 16 §4).
    'ChildEducation.registryCategories': categoryListRule(EDUCATION_READERS),
    'EducationAidProposal.basis': categoryListRule(AID_READERS),
    // The student-status number (学籍号) is "G" + the resident ID number: masked like it for
    // everyone outside education; audited where it names a child.
    'SchoolEnrolment.studentNumber': { roles: SCHOOLS, mask: maskStudentNumber, audit: true },
    // What the school found and what the family said: family circumstances, audited per read.
    'DropoutCase.facts': {
      roles: roles(
        'EDUCATION_OFFICER',
        'SCHOOL_STAFF',
        'CIVIL_AFFAIRS_OFFICER',
        'CHILD_SOCIAL_WORKER',
        'POLICE_OFFICER',
        'COORDINATOR',
      ),
      audit: true,
    },
    // The roll of a school (its children and their numbers) is for education only.
    'School.enrolments': { roles: SCHOOLS },
    // Indicators (docs/domain/indicators.md): the coordinators, civil affairs and the bureau.
    'Region.educationIndicators': {
      roles: roles('COORDINATOR', 'CIVIL_AFFAIRS_OFFICER', 'EDUCATION_OFFICER'),
    },
  },
});
