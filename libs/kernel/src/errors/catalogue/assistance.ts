import { errorCodes } from './entry';

/** Social assistance: proposals, benefits, standards, payment rolls, one-window applications. */
export const ASSISTANCE_ERRORS = errorCodes({
  PROPOSAL_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该救助建议，请核对编号。',
    en: 'No such proposal; check the id.',
  },
  PROPOSAL_ALREADY_DECIDED: {
    kind: 'conflict',
    zh: '该救助建议已处理。',
    en: 'This proposal has already been decided.',
  },
  BENEFIT_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该救助待遇，请核对编号。',
    en: 'No such benefit; check the id.',
  },
  BENEFIT_OVERLAP: {
    kind: 'conflict',
    zh: '该儿童已享受同一项目的待遇，期间重叠，请先终止原待遇。',
    en: 'The child already has this programme for an overlapping period; end that benefit first.',
  },
  BENEFIT_STATUS_CONFLICT: {
    kind: 'conflict',
    zh: '待遇当前状态下不能进行此操作。',
    en: 'This is not possible in the benefit’s current status.',
  },
  NO_STANDARD: {
    kind: 'precondition',
    zh: '该地区尚无适用的保障标准，请先录入标准。',
    en: 'No standard applies to this region and date; record the standard first.',
  },
  STANDARD_INVALID: {
    kind: 'invalid',
    zh: '保障标准有误，请按提示更正。',
    en: 'The standard is invalid; correct it as indicated.',
  },
  ROLL_MONTH_IN_FUTURE: {
    kind: 'invalid',
    zh: '不能为将来的月份生成发放名册。',
    en: 'A payment roll is not made for a future month.',
  },
  APPLICATION_STEP_CONFLICT: {
    kind: 'conflict',
    zh: '申请当前状态下不能进行此步骤，请刷新后查看。',
    en: 'This step is not possible in the application’s current status; reload it.',
  },
  DUPLICATE_PART: {
    kind: 'invalid',
    zh: '同一部门的事项重复列出，请合并。',
    en: 'A department’s part is listed twice; merge them.',
  },
  PART_NOT_FOUND: { kind: 'not_found', zh: '找不到该申请事项。', en: 'No such part of the application.' },
  PART_DEPARTMENT_MISMATCH: {
    kind: 'forbidden',
    zh: '该事项由其他部门办理。',
    en: 'This part is decided by another department.',
  },
  PART_DECIDED_IN_ITS_SERVICE: {
    kind: 'precondition',
    zh: '该事项由主管部门在本部门的系统中按其规则和预算办理，请在对应部门的“一门受理”待办中决定。',
    en: 'This part is decided in its department’s own service, by its rules and budget.',
  },
  PART_NOT_ROUTED: {
    kind: 'precondition',
    zh: '该事项尚未转办到部门，请先完成受理审核。',
    en: 'The part has not been routed to its department; review the application first.',
  },
  PART_ALREADY_DECIDED: {
    kind: 'conflict',
    zh: '该事项已作出决定。',
    en: 'This part has already been decided.',
  },
  WINDOW_PART_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到转来本部门的该申请事项。',
    en: 'No such part of a one-window application in this department.',
  },
  WINDOW_PART_ALREADY_DECIDED: {
    kind: 'conflict',
    zh: '该申请事项已作出决定，不能重复决定。',
    en: 'This part of the application is already decided.',
  },
  WINDOW_PART_NOT_ELIGIBLE: {
    kind: 'precondition',
    zh: '按本部门规定该儿童不符合条件，不能批准该申请事项。',
    en: 'By this department’s rules the child is not eligible; the part cannot be approved.',
  },
});
