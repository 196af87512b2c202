import type { Identity } from './identity';
import { ROLES, type Role } from './roles';

/**
 * The local demo users: one per role at the level where that role works (docs/domain/users-and-regions.md). They exist
 * only for the local issuer (`npm run auth:token -- <id>`, the console's local sign-in when not in
 * production), the demo loaders and the tests; a real
 * deployment's users come from its identity provider.
 */
export interface DemoUser extends Omit<Identity, 'purpose' | 'department' | 'roles'> {
  role: Role;
  /** What the user does, for `npm run auth:token -- --list`. */
  works: string;
  /** A purpose the user states by default (`x-access-purpose`), for roles that must give one. */
  purpose?: string;
}

const user = (
  userId: string,
  role: Role,
  regionCode: string,
  name: string,
  works: string,
  purpose?: string,
) => ({ userId, role, regionCode, name, works, ...(purpose ? { purpose } : {}) }) satisfies DemoUser;

export const DEMO_USERS = [
  user(
    'coordinator',
    'COORDINATOR',
    '450700',
    '钦州市妇儿工委办 林主任',
    'the whole picture of every child in the city',
    'case conference (demo)',
  ),
  user(
    'civil-affairs-city',
    'CIVIL_AFFAIRS_OFFICER',
    '450700',
    '钦州市民政局 黄科长',
    'the ledger and assistance, city-wide',
  ),
  user(
    'civil-affairs',
    'CIVIL_AFFAIRS_OFFICER',
    '450702',
    '钦南区民政局 韦股长',
    'the ledger and assistance of 钦南区 (450702)',
  ),
  user(
    'social-worker',
    'CHILD_SOCIAL_WORKER',
    '450702100',
    '沙埠镇儿童社会工作者 陈静',
    'the children of 沙埠镇 (450702100)',
  ),
  user(
    'village-supervisor',
    'VILLAGE_SUPERVISOR',
    '450702100201',
    '沙埠村儿童福利督导员 黄丽',
    'the children of one village (450702100201)',
  ),
  user(
    'education-officer',
    'EDUCATION_OFFICER',
    '450700',
    '钦州市教育局 李科长',
    'schools and dropout cases, city-wide',
  ),
  user(
    'education-county',
    'EDUCATION_OFFICER',
    '450702',
    '钦南区教育局 蒙股长',
    'schools and dropout cases of 钦南区 (450702)',
  ),
  user(
    'school-staff',
    'SCHOOL_STAFF',
    '450702',
    '钦南区第一中学 王校长',
    'students, absences and persuasion at 钦南区 schools',
  ),
  user(
    'health-officer',
    'HEALTH_OFFICER',
    '450700',
    '钦州市卫健委 刘科长',
    'premium subsidies and medical assistance, city-wide',
  ),
  user('dpf-officer', 'DPF_OFFICER', '450700', '钦州市残联 覃主任', 'rehabilitation assistance, city-wide'),
  user(
    'police-officer',
    'POLICE_OFFICER',
    '450700',
    '钦州市公安局110指挥中心 李警官',
    'reports, dispatch and intervention, city-wide',
  ),
  user(
    'police-station',
    'POLICE_OFFICER',
    '450702',
    '钦南区沙埠派出所 周警官',
    'reports and cases of 钦南区 (450702)',
  ),
  user(
    'township-officer',
    'TOWNSHIP_OFFICER',
    '450702100',
    '沙埠镇政府 韦主任',
    'assessments and assistance after a police notification',
  ),
  user(
    'township-lingshan',
    'TOWNSHIP_OFFICER',
    '450721101',
    '灵山县新圩镇人民政府 黄主任',
    'the one-window applications of 新圩镇 (450721101)',
  ),
  user(
    'other-county',
    'CIVIL_AFFAIRS_OFFICER',
    '450703',
    '钦北区民政局 冯股长',
    'the ledger of 钦北区 (450703): sees nothing of 钦南区',
  ),
  user(
    'welfare-institution',
    'INSTITUTION_STAFF',
    '450700',
    '钦州市儿童福利院 梁院长',
    'the welfare institution’s and rescue centre’s reports to police (四(二)2)',
  ),
  user(
    'prison-staff',
    'CUSTODY_STAFF',
    '450700',
    '钦州监狱 刘警官',
    'reports of inmates’ children who lack a guardian (四(一)2)',
  ),
  user(
    'access-auditor',
    'ACCESS_AUDITOR',
    '450700',
    '钦州市妇儿工委办 审计员 潘某',
    'who read and changed which child’s records (the access log)',
  ),
] as const;

export type DemoUserId = (typeof DEMO_USERS)[number]['userId'];

/** The identity a demo user's token carries (with their default purpose, or the one given). */
export function demoIdentity(id: DemoUserId | string, purpose?: string): Identity {
  const found = DEMO_USERS.find((u) => u.userId === id);
  if (!found) throw new Error(`no demo user "${id}"; known: ${DEMO_USERS.map((u) => u.userId).join(', ')}`);
  const { role, works: _works, purpose: usual, ...rest } = found as DemoUser;
  const stated = purpose ?? usual;
  return { ...rest, department: ROLES[role], roles: [role], ...(stated ? { purpose: stated } : {}) };
}
