import { z } from 'zod';

export const policeLocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/**
 * 四(二)2/3: what a report is about — what happened, as the source saw it. LEFT_ALONE: found living
 * alone; NEGLECT: without care (无人监管和照看); GUARDIAN_NOT_PERFORMING: the guardian refuses the
 * duty (拒不履行, the only type that counts toward the 6-month revocation ground of 四(二)5);
 * DROPOUT / TRUANCY_RISK: a school's report; MISSING_AGREEMENT: a left-behind child without a valid
 * entrusted-guardianship agreement (四(一)3).
 */
export const SITUATION_TYPES = [
  'LEFT_ALONE',
  'MISSING',
  'GUARDIAN_LOST_CAPACITY',
  'GUARDIAN_NOT_PERFORMING',
  'SUSPECTED_DOMESTIC_VIOLENCE',
  'SUSPECTED_ACCIDENT_OR_HARM',
  'NEGLECT',
  'DROPOUT',
  'TRUANCY_RISK',
  'MISSING_AGREEMENT',
] as const;
export type SituationType = (typeof SITUATION_TYPES)[number];

/**
 * Who reported: the bodies that owe a mandatory report (四(二)2 first sentence), a member of the
 * public, a prison or compulsory drug-rehabilitation centre about an inmate's child who lacks a
 * guardian (四(一)2), or another department's system (an alert raised by the registry).
 */
export const REPORTER_KINDS = [
  'SCHOOL',
  'HOSPITAL',
  'VILLAGE_COMMITTEE',
  'SOCIAL_WORK_AGENCY',
  'RESCUE_AGENCY',
  'WELFARE_INSTITUTION',
  'PUBLIC',
  'REGISTRY_ALERT',
  'PRISON',
  'DRUG_REHABILITATION_CENTRE',
] as const;
export type ReporterKind = (typeof REPORTER_KINDS)[number];

/** How the report came in: the public channels of 四(二)2, a duty-bearer's direct report, or an event. */
export const REPORT_CHANNELS = [
  'CALL_110',
  'WECHAT',
  'WEIBO',
  'NEWS_HOTLINE',
  'ASSISTANCE_PHONE',
  'DUTY_BEARER_DIRECT',
  'DEPARTMENT_EVENT',
] as const;
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** 四(二)4: the services an assessment's plan arranges. */
export const PLAN_SERVICES = [
  'GUARDIANSHIP_GUIDANCE',
  'EMERGENCY_SHELTER',
  'MEDICAL_TREATMENT',
  'COUNSELLING',
  'BEHAVIOUR_CORRECTION',
  'SOCIAL_ASSISTANCE',
  'LEGAL_AID',
] as const;
export type PlanService = (typeof PLAN_SERVICES)[number];

/** Departments that deliver a plan item; those with a service of their own receive it as an event. */
export const PLAN_DEPARTMENTS = ['TOWNSHIP', 'ASSISTANCE', 'HEALTH', 'EDUCATION', 'JUSTICE'] as const;
export type PlanDepartment = (typeof PLAN_DEPARTMENTS)[number];
