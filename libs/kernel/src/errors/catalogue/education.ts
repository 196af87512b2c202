import { errorCodes } from './entry';

/** Education: schools, enrolment (学籍), absences, dropout cases, aid. */
export const EDUCATION_ERRORS = errorCodes({
  SCHOOL_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该学校，请核对学校编号。',
    en: 'No such school; check the id.',
  },
  SCHOOL_ALREADY_EXISTS: {
    kind: 'conflict',
    zh: '本区划内已有同名学校，请勿重复添加。',
    en: 'A school of this name already exists in the region.',
  },
  CHILD_ALREADY_ENROLLED: {
    kind: 'conflict',
    zh: '该儿童已有学籍，请先查询。',
    en: 'The child is already enrolled; look up the enrolment.',
  },
  CHILD_NOT_ENROLLED: {
    kind: 'precondition',
    zh: '该儿童尚无学籍，请先办理入学登记。',
    en: 'The child is not enrolled; enrol the child first.',
  },
  CHILD_NOT_ENROLLED_AT_SCHOOL: {
    kind: 'precondition',
    zh: '该儿童不在本校就读，请核对学校。',
    en: 'The child is not enrolled at this school; check the school.',
  },
  STUDENT_NUMBER_TAKEN: {
    kind: 'conflict',
    zh: '该学籍号已被使用，请核对。',
    en: 'This student number is already in use; check it.',
  },
  STUDENT_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该学生信息已被他人修改，请刷新后重试。',
    en: 'The student was changed by someone else meanwhile; reload and try again.',
  },
  ABSENCE_ALREADY_RECORDED: {
    kind: 'conflict',
    zh: '该日缺勤已登记，无需重复登记。',
    en: 'This absence is already recorded.',
  },
  ABSENCE_RISK_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该辍学风险记录。',
    en: 'No such absence risk record; check the id.',
  },
  ABSENCE_RISK_CLOSED: {
    kind: 'precondition',
    zh: '该辍学风险记录已关闭。',
    en: 'This absence risk record is closed.',
  },
  DATE_BEFORE_ENROLMENT: {
    kind: 'invalid',
    zh: '日期早于入学日期，请核对。',
    en: 'The date is before the enrolment; check it.',
  },
  DATE_BEFORE_RISK_OPENED: {
    kind: 'invalid',
    zh: '日期早于风险记录建立日期，请核对。',
    en: 'The date is before the risk record was opened; check it.',
  },
  DATE_BEFORE_CASE_OPENED: {
    kind: 'invalid',
    zh: '日期早于案件建立日期，请核对。',
    en: 'The date is before the case was opened; check it.',
  },
  DROPOUT_CASE_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该辍学案件。',
    en: 'No such dropout case; check the id.',
  },
  DROPOUT_ALREADY_OPEN: {
    kind: 'conflict',
    zh: '该儿童已有未结的辍学案件，请在原案件中继续办理。',
    en: 'The child already has an open dropout case; continue in that case.',
  },
  DROPOUT_CASE_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该辍学案件已被他人修改，请刷新后重试。',
    en: 'The case was changed by someone else meanwhile; reload and try again.',
  },
  DROPOUT_REPORT_NOT_SUBMITTED: {
    kind: 'precondition',
    zh: '请先向教育行政部门报告该辍学情况（四(二)5）。',
    en: 'Report the dropout to the education bureau first (四(二)5).',
  },
  DROPOUT_TRANSITION_NOT_ALLOWED: {
    kind: 'precondition',
    zh: '案件当前状态下不能进行此步骤，请按办理流程操作。',
    en: 'This step is not possible in the case’s current status; follow the case’s steps.',
  },
  AID_PROPOSAL_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该教育资助建议。',
    en: 'No such education aid proposal; check the id.',
  },
  AID_PROPOSAL_ALREADY_DECIDED: {
    kind: 'precondition',
    zh: '该教育资助建议已处理。',
    en: 'This education aid proposal has already been decided.',
  },
  CHILD_NOT_OF_COMPULSORY_SCHOOL_AGE: {
    kind: 'precondition',
    zh: '该儿童不在义务教育年龄段（6至15周岁），请核对出生日期。',
    en: 'The child is not of compulsory-education age (6 to 15); check the birth date.',
  },
  CHILD_NOT_DISABLED: {
    kind: 'precondition',
    zh: '台账未将该儿童认定为残疾儿童，不能按残疾儿童安置方式登记。',
    en: 'The ledger does not classify the child as disabled; a placement by type is for disabled children.',
  },
  PLACEMENT_NOT_HOME_TEACHING: {
    kind: 'precondition',
    zh: '该儿童未安排送教上门，请先登记安置方式。',
    en: 'The child is not placed for teaching at home; record the placement first.',
  },
  INVALID_VISIT_DURATION: {
    kind: 'invalid',
    zh: '送教时长应为 1 至 600 分钟的整数。',
    en: 'The visit must last a whole number of minutes from 1 to 600.',
  },
  VISIT_BEFORE_PLACEMENT: {
    kind: 'invalid',
    zh: '送教日期早于安置决定日期，请核对。',
    en: 'The visit is dated before the placement was decided; check the date.',
  },
});
