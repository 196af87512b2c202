/** Chinese names of the roles, regions' levels and the enums the console shows. */
export const ROLE_ZH: Record<string, string> = {
  COORDINATOR: '妇儿工委协调员',
  CIVIL_AFFAIRS_OFFICER: '民政工作人员',
  CHILD_SOCIAL_WORKER: '儿童社会工作者',
  VILLAGE_SUPERVISOR: '儿童福利督导员',
  EDUCATION_OFFICER: '教育部门工作人员',
  SCHOOL_STAFF: '学校工作人员',
  HEALTH_OFFICER: '卫生健康部门工作人员',
  DPF_OFFICER: '残联工作人员',
  POLICE_OFFICER: '公安民警',
  TOWNSHIP_OFFICER: '乡镇（街道）工作人员',
  ACCESS_AUDITOR: '访问审计员',
  INSTITUTION_STAFF: '儿童福利机构、救助管理机构工作人员',
  CUSTODY_STAFF: '监狱、强制隔离戒毒所工作人员',
};

export const SITUATION_ZH: Record<string, string> = {
  LEFT_ALONE: '独自居住无人照料',
  MISSING: '走失',
  GUARDIAN_LOST_CAPACITY: '监护人丧失监护能力',
  GUARDIAN_NOT_PERFORMING: '监护人不履行监护职责',
  SUSPECTED_DOMESTIC_VIOLENCE: '疑似遭受家庭暴力',
  SUSPECTED_ACCIDENT_OR_HARM: '疑似遭受意外伤害或不法侵害',
  NEGLECT: '无人监管和照看',
  DROPOUT: '辍学',
  TRUANCY_RISK: '旷课风险',
  MISSING_AGREEMENT: '未签订委托监护协议',
};

export const CASE_STATUS_ZH: Record<string, string> = {
  REPORTED: '已接报',
  DISPATCHED: '已出警',
  TOWNSHIP_NOTIFIED: '已通报乡镇',
  ASSESSED: '已评估',
  CLOSED: '已结案',
};

export const DROPOUT_STATUS_ZH: Record<string, string> = {
  REGISTERED: '已登记',
  PERSUADING: '劝返中',
  FLAGGED: '已认定辍学',
  REPORTED: '已书面报告',
  ESCALATED: '已上报县级政府',
  RETURNED: '已复学',
};

export const PROPOSAL_STATUS_ZH: Record<string, string> = {
  PENDING: '待审核',
  ACCEPTED: '已同意',
  REJECTED: '已驳回',
  WITHDRAWN: '已撤回',
};

export const PROGRAMME_ZH: Record<string, string> = {
  ORPHAN_ALLOWANCE: '孤儿基本生活费',
  TEKUN_SUPPORT: '特困人员救助供养',
  DIBAO: '最低生活保障',
  TEMPORARY_ASSISTANCE: '临时救助',
  MEDICAL_ASSISTANCE: '医疗救助',
  REHAB: '残疾儿童康复救助',
  TOMORROW_PLAN: '明天计划',
  PREMIUM_SUBSIDY: '参保资助',
};

export const APPLICATION_STATUS_ZH: Record<string, string> = {
  RECEIVED: '已受理',
  RETURNED: '已退回',
  REVIEWED: '已审核',
  APPROVED: '已审批',
  REJECTED: '未通过',
};

export const INTAKE_STEP_ZH: Record<string, string> = {
  TOWNSHIP_REVIEW: '乡镇审核',
  COUNTY_APPROVAL: '县级审批',
};

export const CATEGORY_ZH: Record<string, string> = {
  POVERTY_DIBAO: '低保家庭儿童',
  POVERTY_LOW_INCOME: '低收入家庭儿童',
  ORPHAN: '孤儿',
  ABANDONED_INFANT: '弃婴',
  DE_FACTO_UNSUPPORTED: '事实无人抚养儿童',
  STREET_CHILD: '流浪儿童',
  DISABLED: '残疾儿童',
  SERIOUSLY_ILL: '重病儿童',
  AIDS_AFFECTED: '艾滋病感染或受影响儿童',
  TRAFFICKING_RESCUED: '被拐卖解救儿童',
  TEMPORARILY_WITHOUT_FAMILY: '临时失去家庭依靠儿童',
  LEFT_BEHIND: '留守儿童',
};

export const RISK_ZH: Record<string, string> = { LOW: '低风险', MEDIUM: '中风险', HIGH: '高风险' };
export const SEX_ZH: Record<string, string> = { MALE: '男', FEMALE: '女' };
export const VISIT_KIND_ZH: Record<string, string> = {
  HOME_VISIT: '入户走访',
  CALL_IN: '来电登记',
  FOLLOW_UP: '跟踪回访',
};

/** A label for a value: its Chinese name, or the value itself when none is known (a code). */
export const zh = (table: Record<string, string>, value: string | null | undefined) =>
  value ? (table[value] ?? value) : '—';

export const PARENT_ZH: Record<string, string> = {
  AT_HOME: '在家',
  MIGRANT_WORKER: '外出务工',
  DECEASED: '死亡',
  MISSING: '失踪',
  IMPRISONED: '服刑在押',
  COMPULSORY_DRUG_REHAB: '强制隔离戒毒',
  SERIOUSLY_ILL_OR_DISABLED: '重病或重残',
};

export const GUARDIANSHIP_ZH: Record<string, string> = {
  COVERED: '已委托照护',
  NO_AGREEMENT: '未签订委托照护协议',
  AGREEMENT_ENDED: '委托照护协议已到期',
  AGREEMENT_ENDING_SOON: '委托照护协议即将到期',
};

/** The health service's medical assistance groups (医疗救助对象类别). */
export const MEDICAL_GROUP_ZH: Record<string, string> = {
  TEKUN: '特困供养人员',
  ORPHAN: '孤儿',
  DIBAO: '最低生活保障对象',
  OTHER_DIFFICULTY: '其他困难儿童',
};
