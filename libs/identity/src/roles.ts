/**
 * Who works with the system (docs/domain/users-and-regions.md): every user belongs to one department and one region
 * and holds one or more roles. The roles are the only names the policy tables speak of.
 */
export const DEPARTMENTS = [
  'CIVIL_AFFAIRS',
  'EDUCATION',
  'HEALTH',
  'DPF',
  'POLICE',
  'TOWNSHIP',
  'COORDINATION',
  'JUSTICE',
] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const ROLES = {
  /** County or city civil-affairs bureau: keeps the ledger, classifies, decides assistance. */
  CIVIL_AFFAIRS_OFFICER: 'CIVIL_AFFAIRS',
  /** Township child social worker (儿童社会工作者, one per township, 五(一)). */
  CHILD_SOCIAL_WORKER: 'CIVIL_AFFAIRS',
  /** Village child-welfare supervisor (儿童福利督导员, one per village, 四(二)1). */
  VILLAGE_SUPERVISOR: 'CIVIL_AFFAIRS',
  /** County education bureau: schools, dropout cases, reports, education aid. */
  EDUCATION_OFFICER: 'EDUCATION',
  /** School staff: their school's students, absences, persuasion. */
  SCHOOL_STAFF: 'EDUCATION',
  /** Health commission: premium subsidy, medical assistance. */
  HEALTH_OFFICER: 'HEALTH',
  /** Disabled persons' federation: rehabilitation assistance. */
  DPF_OFFICER: 'DPF',
  /** 110 centre or local station: reports, dispatch, emergency handling, intervention. */
  POLICE_OFFICER: 'POLICE',
  /** Township government office: assessment and assistance after a police notification. */
  TOWNSHIP_OFFICER: 'TOWNSHIP',
  /** Women's and children's working committee office (妇儿工委办): the whole picture, indicators. */
  COORDINATOR: 'COORDINATION',
  /** Reviews who read and changed a child's records (the access log); reads nothing else. */
  ACCESS_AUDITOR: 'COORDINATION',
  /**
   * Children's welfare institution or rescue (protection) centre staff (儿童福利机构, 救助管理机构):
   * enter their institution's reports to police (四(二)2); read nothing.
   */
  INSTITUTION_STAFF: 'CIVIL_AFFAIRS',
  /**
   * Prison or compulsory drug-rehabilitation centre staff (执行机关, 四(一)2): report inmates'
   * children who lack a guardian to police; read nothing.
   */
  CUSTODY_STAFF: 'JUSTICE',
} as const satisfies Record<string, Department>;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ROLES, value);
