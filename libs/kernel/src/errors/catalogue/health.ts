import { errorCodes } from './entry';

/** Health and the disabled persons' federation: applications, standards, budgets, premiums. */
export const HEALTH_ERRORS = errorCodes({
  APPLICATION_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该申请，请核对申请编号。',
    en: 'No such application; check the id.',
  },
  APPLICATION_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该申请已被他人修改，请刷新后重试。',
    en: 'The application was changed by someone else meanwhile; reload and try again.',
  },
  APPLICATION_NOT_REVIEWED: {
    kind: 'precondition',
    zh: '该申请尚未审核，请先完成审核。',
    en: 'The application has not been reviewed; review it first.',
  },
  APPLICATION_ALREADY_DECIDED: {
    kind: 'precondition',
    zh: '该申请已作出决定，不能再次审批。',
    en: 'The application has already been decided.',
  },
  APPLICATION_NOT_APPROVED: {
    kind: 'precondition',
    zh: '该申请尚未批准，不能进行此步骤。',
    en: 'The application has not been approved; this step is not yet possible.',
  },
  APPLICATION_CLOSED: {
    kind: 'precondition',
    zh: '该申请已办结，不能再修改。',
    en: 'The application is closed; it cannot change any more.',
  },
  NOT_ELIGIBLE_FOR_MEDICAL_ASSISTANCE: {
    kind: 'precondition',
    zh: '该儿童不符合医疗救助条件（须为困境儿童或相关救助对象）。',
    en: 'The child does not qualify for medical assistance.',
  },
  CLAIM_BEFORE_ELIGIBILITY: {
    kind: 'invalid',
    zh: '费用发生在儿童符合救助条件之前，不能报销。',
    en: 'The cost arose before the child qualified; it cannot be claimed.',
  },
  SERVICE_BEFORE_BIRTH: {
    kind: 'invalid',
    zh: '服务日期早于儿童出生日期，请核对。',
    en: 'The service date is before the child’s birth; check it.',
  },
  TOMORROW_PLAN_SURGERY_ONLY: {
    kind: 'invalid',
    zh: '“明天计划”只资助手术治疗。',
    en: 'The Tomorrow Plan funds surgery only.',
  },
  UNKNOWN_DISABILITY_TYPE: {
    kind: 'invalid',
    zh: '残疾类别不在可选范围内，请从列表中选择。',
    en: 'Unknown disability type; choose one from the list.',
  },
  UNKNOWN_REHAB_SERVICE: {
    kind: 'invalid',
    zh: '康复服务项目不在可选范围内，请从列表中选择。',
    en: 'Unknown rehabilitation service; choose one from the list.',
  },
  UNKNOWN_INSTITUTION: {
    kind: 'invalid',
    zh: '找不到该定点机构，请核对机构编号。',
    en: 'No such designated institution; check the id.',
  },
  INSTITUTION_NOT_DESIGNATED_FOR_SERVICE: {
    kind: 'invalid',
    zh: '该机构不是此项服务的定点机构，请选择其他机构。',
    en: 'The institution is not designated for this service; choose another.',
  },
  CAP_REACHED: {
    kind: 'precondition',
    zh: '该儿童本年度救助已达上限。',
    en: 'The child’s yearly cap is reached.',
  },
  BUDGET_NOT_SET: {
    kind: 'precondition',
    zh: '本年度该项目预算尚未设定，请先设定预算。',
    en: 'No budget is set for this programme and year; set it first.',
  },
  BUDGET_EXCEEDED: {
    kind: 'precondition',
    zh: '该项目本年度预算已不足，无法批准。',
    en: 'The programme’s budget for the year is not enough to approve this.',
  },
  BUDGET_BELOW_USED: {
    kind: 'invalid',
    zh: '预算不能低于已使用金额。',
    en: 'The budget cannot be less than what is already used.',
  },
  NO_POLICY_STANDARD: {
    kind: 'precondition',
    zh: '该日期尚无适用的政策标准，请先录入标准。',
    en: 'No policy standard applies on that date; record the standard first.',
  },
  STANDARD_VALUE_MISSING: {
    kind: 'invalid',
    zh: '政策标准缺少必填数值，请补充。',
    en: 'The standard lacks a required value; add it.',
  },
  UNKNOWN_STANDARD_SUBJECT: {
    kind: 'invalid',
    zh: '政策标准的事项不在可选范围内。',
    en: 'Unknown standard subject; choose one from the list.',
  },
  STANDARD_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该政策标准已被他人修改，请刷新后重试。',
    en: 'The standard was changed by someone else meanwhile; reload and try again.',
  },
  WINDOW_PART_FIGURES_REQUIRED: {
    kind: 'invalid',
    zh: '批准该申请事项需填写计算金额所需的数据（医疗救助：费用、医院、诊断、日期；康复：类别、项目、机构、费用、日期）。',
    en: 'Approving this part needs the figures its amount is computed from (medical: expense, hospital, diagnosis, date; rehabilitation: type, service, institution, cost, date).',
  },
  DISABILITY_CERTIFICATE_NOT_RECORDED: {
    kind: 'precondition',
    zh: '该儿童没有残联登记的残疾人证，无需注销。',
    en: 'No disability certificate of the child is recorded by the DPF; there is nothing to withdraw.',
  },
  WITHDRAWAL_BEFORE_CERTIFICATE: {
    kind: 'invalid',
    zh: '注销日期早于残疾人证的发证日期，请核对日期。',
    en: 'The withdrawal date is before the date on the certificate; check the date.',
  },
  WINDOW_PART_FIGURES_NOT_APPLICABLE: {
    kind: 'invalid',
    zh: '所填数据不属于该申请事项的类别（医疗救助填 medical，康复填 rehab）。',
    en: 'The figures given are not of this part’s kind (medical for medical assistance, rehab for rehabilitation).',
  },
});
