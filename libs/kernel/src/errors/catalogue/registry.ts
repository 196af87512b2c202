import { errorCodes } from './entry';

/** The ledger of children (civil affairs): identity, circumstances, guardianship, regions, imports. */
export const REGISTRY_ERRORS = errorCodes({
  RESIDENT_ID_FORMAT: {
    kind: 'invalid',
    zh: '身份证号码格式有误：应为 18 位（最后一位可为 X），请核对。',
    en: 'The resident ID number must be 18 characters (the last may be X); check it.',
  },
  RESIDENT_ID_CHECK_DIGIT: {
    kind: 'invalid',
    zh: '身份证号码校验位不符，可能有数字录错，请逐位核对。',
    en: 'The resident ID number’s check digit does not match; a digit is probably mistyped.',
  },
  RESIDENT_ID_BIRTH_DATE_INVALID: {
    kind: 'invalid',
    zh: '身份证号码中的出生日期不存在，请核对号码。',
    en: 'The birth date inside the resident ID number does not exist; check the number.',
  },
  RESIDENT_ID_BIRTH_DATE_FUTURE: {
    kind: 'invalid',
    zh: '身份证号码中的出生日期晚于今天，请核对号码。',
    en: 'The birth date inside the resident ID number is in the future; check the number.',
  },
  RESIDENT_ID_BIRTH_DATE_MISMATCH: {
    kind: 'invalid',
    zh: '身份证号码与出生日期不一致，请更正其中一项。',
    en: 'The resident ID number and the birth date disagree; correct one of them.',
  },
  RESIDENT_ID_SEX_MISMATCH: {
    kind: 'invalid',
    zh: '身份证号码与性别不一致，请更正其中一项。',
    en: 'The resident ID number and the sex disagree; correct one of them.',
  },
  BIRTH_DATE_IN_FUTURE: {
    kind: 'invalid',
    zh: '出生日期晚于今天，请核对。',
    en: 'The birth date is in the future; check it.',
  },
  NOT_A_MINOR: {
    kind: 'invalid',
    zh: '此人已满 18 周岁，台账只登记未成年人。',
    en: 'This person is 18 or older; the ledger is for minors.',
  },
  CHILD_ALREADY_REGISTERED: {
    kind: 'conflict',
    zh: '该身份证号码的儿童已在台账中，请先查询，勿重复登记。',
    en: 'A child with this resident ID number is already in the ledger; search for the child instead.',
  },
  IDENTITY_NEEDS_CITY: {
    kind: 'forbidden',
    zh: '该身份证号码无法在您的辖区内处理，请联系市级民政部门核实。',
    en: 'This resident ID number cannot be handled in your region; ask the city civil-affairs bureau to check it.',
  },
  CHILD_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该儿童信息已被他人修改，请刷新后重新操作。',
    en: 'The child was changed by someone else meanwhile; reload the child and try again.',
  },
  CHILD_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该儿童，请核对儿童编号，或确认其已在台账登记。',
    en: 'No such child is known here; check the id, or that the child is registered.',
  },
  CHILD_NOT_PROVISIONAL: {
    kind: 'precondition',
    zh: '该记录不是临时登记记录，无需合并。',
    en: 'This record is not a provisional one; there is nothing to merge.',
  },
  CHILD_ALREADY_MERGED: {
    kind: 'precondition',
    zh: '该记录已合并到另一儿童名下，请打开合并后的记录。',
    en: 'This record was merged into another child; open that record instead.',
  },
  NOTHING_TO_CHANGE: {
    kind: 'invalid',
    zh: '儿童档案已是所填内容，无需修改。',
    en: 'The child’s record already says so; there is nothing to change.',
  },
  IDENTITY_CONFIRMED: {
    kind: 'precondition',
    zh: '该儿童身份已确认，无需再次确认。',
    en: 'The child’s identity is already confirmed.',
  },
  DUPLICATE_RESIDENT_ID: {
    kind: 'conflict',
    zh: '该身份证号码在导入文件或台账中重复，请核对。',
    en: 'This resident ID number appears twice (in the file or the ledger); check it.',
  },
  AGE_RANGE_INVALID: {
    kind: 'invalid',
    zh: '年龄范围有误：起始年龄不能大于结束年龄。',
    en: 'The age range is invalid: the lower bound is above the upper one.',
  },
  CERTIFICATION_PERIOD_INVALID: {
    kind: 'invalid',
    zh: '认定期限有误，请核对起止日期。',
    en: 'The certification period is invalid; check its dates.',
  },
  DISABILITY_RECORDED_BY_DPF: {
    kind: 'invalid',
    zh: '残疾证由残联在卫健（残联）系统中登记，台账据此自动更新，不在此处填写。',
    en: 'The disability certificate is recorded by the DPF in the health service (recordDisabilityCertificate); the ledger takes it from there.',
  },
  WORKPLACE_WITHOUT_MIGRANT_PARENT: {
    kind: 'invalid',
    zh: '只有外出务工的父母才需填写务工地点。',
    en: 'A workplace is recorded only for a parent who works away from home.',
  },
  GUARDIAN_NOT_ADULT: {
    kind: 'invalid',
    zh: '受委托监护人须年满 18 周岁。',
    en: 'An entrusted guardian must be an adult (18 or older).',
  },
  GUARDIANSHIP_TERM_INVALID: {
    kind: 'invalid',
    zh: '委托监护期限有误，请核对起止日期。',
    en: 'The guardianship term is invalid; check its dates.',
  },
  GUARDIANSHIP_TERMS_OVERLAP: {
    kind: 'conflict',
    zh: '委托监护期限与已有协议重叠，请先终止原协议。',
    en: 'The term overlaps an existing agreement; end that agreement first.',
  },
  AGREEMENT_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该委托监护协议，请核对。',
    en: 'No such guardianship agreement; check the id.',
  },
  AGREEMENT_ALREADY_ENDED: {
    kind: 'conflict',
    zh: '该委托监护协议已终止。',
    en: 'This guardianship agreement has already ended.',
  },
  VISIT_BEFORE_BIRTH: {
    kind: 'invalid',
    zh: '走访日期早于儿童出生日期，请核对。',
    en: 'The visit date is before the child’s birth; check it.',
  },
  CHILD_NOT_ELIGIBLE_FOR_PLACEMENT: {
    kind: 'precondition',
    zh: '台账未显示该儿童属于孤儿、弃婴、父母无监护能力且无其他监护人、法院指定民政部门监护或查找不到父母的打拐解救儿童，不能作安置决定（四(一)2）。',
    en: 'The ledger does not show the child as an orphan, an abandoned infant, without a capable parent or other guardian, under civil affairs by a court, or rescued with parents not found; no placement is decided (四(一)2).',
  },
  CARE_PLACEMENT_OVERLAP: {
    kind: 'conflict',
    zh: '新的安置须晚于原安置的开始日期（及终止日期），请核对日期。',
    en: 'A new placement starts after the earlier one started (and ended); check the dates.',
  },
  CARE_PLACEMENT_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该安置记录，请核对。',
    en: 'No such placement of the child; check the id.',
  },
  CARE_PLACEMENT_ALREADY_ENDED: {
    kind: 'conflict',
    zh: '该安置已终止。',
    en: 'This placement has already ended.',
  },
  FOLLOW_UP_BEFORE_PLACEMENT: {
    kind: 'invalid',
    zh: '回访（评估）日期早于该儿童的安置开始日期，请核对。',
    en: 'The follow-up is dated before the child was placed; check the date.',
  },
  CARE_PLACEMENT_NOT_IN_FORCE: {
    kind: 'precondition',
    zh: '该日期没有有效的安置（原安置已终止），请核对日期。',
    en: 'No placement of the child was in force on that day (the placement had ended); check the date.',
  },
  PLACEMENT_NOT_ADOPTION: {
    kind: 'precondition',
    zh: '收养跟踪评估只适用于依法收养的儿童（四(一)4）。',
    en: 'A follow-up assessment of the adoptive family is for a child placed by adoption (四(一)4).',
  },
  REGION_NOT_A_VILLAGE: {
    kind: 'invalid',
    zh: '请选择村（社区）一级的区划（12 位代码）。',
    en: 'Choose a village (a 12-digit division code).',
  },
  REGION_LEVEL_MISMATCH: {
    kind: 'invalid',
    zh: '区划级别与岗位不符：村监护督导员对应村，社工对应乡镇。',
    en: 'The region’s level does not fit the post: a village supervisor serves a village, a social worker a township.',
  },
  REGION_FILE_INVALID: {
    kind: 'invalid',
    zh: '区划文件格式有误，请按提示更正后重新导入。',
    en: 'The region file is invalid; correct it as indicated and import again.',
  },
  SUPERVISOR_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该督导员（社工）任职记录。',
    en: 'No such supervisor appointment; check the id.',
  },
  SUPERVISOR_POST_HELD: {
    kind: 'conflict',
    zh: '该岗位已有人在任，请先结束其任职。',
    en: 'This post is already held; end that appointment first.',
  },
  SUPERVISOR_NOT_FOR_REGION: {
    kind: 'invalid',
    zh: '该督导员不负责此区域。',
    en: 'This supervisor does not serve that region.',
  },
  IMPORT_ALREADY_RUNNING: {
    kind: 'conflict',
    zh: '已有导入任务正在进行，请等待其完成。',
    en: 'An import is already running; wait for it to finish.',
  },
  IMPORT_INTERRUPTED: {
    kind: 'unavailable',
    zh: '导入因服务重启而中断，请重新导入（已导入的儿童不会重复）。',
    en: 'The import was interrupted by a restart; import the file again (children already imported are not duplicated).',
  },
  IMPORT_MISSING_COLUMN: {
    kind: 'invalid',
    zh: '导入文件缺少必需的列，请按模板补齐。',
    en: 'The file lacks a required column; add it as in the template.',
  },
  IMPORT_DIR_MISSING: {
    kind: 'invalid',
    zh: '未配置导入目录，请联系系统管理员。',
    en: 'No import directory is configured; ask the system administrator.',
  },
  IMPORT_FILE_NOT_FOUND: {
    kind: 'not_found',
    zh: '导入目录中没有该文件，请核对文件名。',
    en: 'No such file in the import directory; check the name.',
  },
  IMPORT_FORMAT_UNSUPPORTED: {
    kind: 'invalid',
    zh: '只支持 CSV 或 XLSX 格式的文件。',
    en: 'Only CSV or XLSX files can be imported.',
  },
  IMPORT_PATH_INVALID: {
    kind: 'invalid',
    zh: '文件名有误，请只填写导入目录中的文件名。',
    en: 'The path is invalid; give a file name inside the import directory.',
  },
  IMPORT_PATH_OUTSIDE: {
    kind: 'invalid',
    zh: '只能导入导入目录中的文件。',
    en: 'Only files inside the import directory can be imported.',
  },
  ESCALATION_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该督办事项。',
    en: 'No such escalation; check the id.',
  },
  ESCALATION_NOT_YOURS: {
    kind: 'forbidden',
    zh: '督办事项由妇儿工委办公室或镇人民政府确认。',
    en: 'Escalations are acknowledged by the coordinator or the township office.',
  },
  ESCALATION_ALREADY_ACKNOWLEDGED: {
    kind: 'conflict',
    zh: '该督办事项已由您所在单位确认，或无需您所在单位确认。',
    en: 'Your office acknowledged this escalation already, or it is not yours to acknowledge.',
  },
});
