import { errorCodes } from './entry';

/** Police: reports, dispatch, the township's assessment, interventions, accountability. */
export const POLICE_ERRORS = errorCodes({
  CASE_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该保护案件，请核对案件编号。',
    en: 'No such protection case; check the id.',
  },
  CASE_CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该案件已被他人修改，请刷新后重试。',
    en: 'The case was changed by someone else meanwhile; reload and try again.',
  },
  CASE_CLOSED: { kind: 'conflict', zh: '该案件已结案，不能再办理。', en: 'The case is closed.' },
  CASE_ALREADY_DISPATCHED: {
    kind: 'conflict',
    zh: '该案件已出警，无需重复出警。',
    en: 'Police were already dispatched.',
  },
  CASE_NOT_DISPATCHED: { kind: 'conflict', zh: '请先登记出警。', en: 'Dispatch the case first.' },
  TOWNSHIP_NOT_NOTIFIED: {
    kind: 'conflict',
    zh: '请先通知乡镇人民政府（四(二)3）。',
    en: 'Notify the township government first (四(二)3).',
  },
  ASSESSMENT_NOT_RECORDED: {
    kind: 'conflict',
    zh: '请先录入乡镇的评估意见（四(二)4）。',
    en: 'Record the township’s assessment first (四(二)4).',
  },
  ILLEGAL_TRANSITION: {
    kind: 'conflict',
    zh: '案件当前状态下不能进行此步骤，请按办理流程操作。',
    en: 'This step is not possible in the case’s current status; follow the case’s steps.',
  },
  REPORT_CHILD_MISSING: {
    kind: 'invalid',
    zh: '报告须指明儿童，或描述身份不明的儿童。',
    en: 'A report names the child or describes an unidentified one.',
  },
  REPORT_CHANNEL_RESERVED: {
    kind: 'invalid',
    zh: '该报告渠道仅用于其他部门的事件，不能手工录入。',
    en: 'This channel is used only by other departments’ events.',
  },
  REPORT_CHANNEL_MISMATCH: {
    kind: 'invalid',
    zh: '报告人类型与报告渠道不符，请核对。',
    en: 'The reporter and the channel do not fit together; check them.',
  },
  ANONYMOUS_REPORT_NOT_PUBLIC: {
    kind: 'invalid',
    zh: '只有社会公众可以匿名报告；单位报告须填写报告人（四(二)2）。',
    en: 'Only a member of the public reports anonymously; a reporting body names its person (四(二)2).',
  },
  ANONYMOUS_REPORTER_IDENTIFIED: {
    kind: 'invalid',
    zh: '匿名报告不登记报告人姓名和电话，请删除后提交。',
    en: 'An anonymous report carries no name or phone of the reporter; leave them out.',
  },
  DETAINEE_CHILDREN_CONTRADICT: {
    kind: 'invalid',
    zh: '已登记“无未成年子女”，不能再列出子女，请核对（四(一)2）。',
    en: 'The person has no minor children, yet children are listed; check the answer (四(一)2).',
  },
  DETAINEE_CHILDREN_MISSING: {
    kind: 'invalid',
    zh: '请列出被拘留人员的每名未成年子女（四(一)2）。',
    en: 'List each of the detained person’s minor children (四(一)2).',
  },
  DETAINEE_CHILD_REPEATED: {
    kind: 'invalid',
    zh: '同一名儿童被重复列出，请核对。',
    en: 'A child is listed twice; list each child once.',
  },
  CARE_ARRANGEMENT_INCOMPLETE: {
    kind: 'invalid',
    zh: '请填写照料儿童的亲属、其他成年人或机构；“无人照料”时不填（四(一)2）。',
    en: 'Name the relative, adult or institution caring for the child; none when nobody was found (四(一)2).',
  },
  DETENTION_RECORD_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该拘留人员子女登记，请核对编号。',
    en: 'No such record of a detained parent; check the id.',
  },
  CARE_TASK_NOT_FOUND: {
    kind: 'not_found',
    zh: '该儿童没有待民政部门安排的照料任务。',
    en: 'The child has no care task for civil affairs in this record.',
  },
  CARE_TASK_ALREADY_ARRANGED: {
    kind: 'conflict',
    zh: '该儿童的照料已经安排，无需重复登记。',
    en: 'The child’s care was arranged already.',
  },
  REPORTER_KIND_NOT_YOURS: {
    kind: 'invalid',
    zh: '您只能以本部门的身份登记报告（四(二)2）。',
    en: 'You report only as your own kind of duty-bearer (四(二)2).',
  },
  DISPATCH_BEFORE_REPORT: {
    kind: 'invalid',
    zh: '出警时间早于接报时间，请核对。',
    en: 'The dispatch is before the report was received; check the time.',
  },
  MEASURE_BEFORE_DISPATCH: {
    kind: 'invalid',
    zh: '处置时间早于出警时间，请核对。',
    en: 'The measure is before the dispatch; check the time.',
  },
  TEMPORARY_CARE_NOT_OPEN: {
    kind: 'conflict',
    zh: '该案件没有正在进行的临时照料，无需结束。',
    en: 'No temporary care of this case is running; there is nothing to end.',
  },
  TEMPORARY_CARE_OPEN: {
    kind: 'conflict',
    zh: '儿童仍在临时照料中，请先登记临时照料结束（交接给谁）再结案。',
    en: 'The child is still in temporary care: record its end (to whom the child was handed) before closing the case.',
  },
  MEASURE_DETAIL_MISSING: {
    kind: 'invalid',
    zh: '该处置措施缺少必填信息，请补充。',
    en: 'The measure lacks a required detail; add it.',
  },
  TOWNSHIP_REQUIRED: {
    kind: 'invalid',
    zh: '请指明乡镇（9 位区划代码）。',
    en: 'Name the township (a 9-digit division code).',
  },
  TOWNSHIP_MISMATCH: {
    kind: 'invalid',
    zh: '所填乡镇不是案件所在区域的乡镇，请核对。',
    en: 'The township is not that of the case’s region; check it.',
  },
  SLA_OUT_OF_RANGE: {
    kind: 'invalid',
    zh: '出警时限超出允许范围，请核对。',
    en: 'The dispatch time limit is out of range; check it.',
  },
  ASSESSMENT_BEFORE_NOTIFICATION: {
    kind: 'invalid',
    zh: '评估日期早于通知乡镇的日期，请核对。',
    en: 'The assessment is before the township was notified; check the date.',
  },
  ASSESSMENT_PLAN_MISSING: {
    kind: 'invalid',
    zh: '评估须附帮扶计划，请补充。',
    en: 'An assessment comes with its support plan; add it.',
  },
  PLAN_SERVICE_REPEATED: {
    kind: 'invalid',
    zh: '帮扶计划中同一服务重复列出，请合并。',
    en: 'A service is listed twice in the plan; merge the entries.',
  },
  INTERVENTION_REFERENCE_MISSING: {
    kind: 'invalid',
    zh: '请填写该措施的文书编号。',
    en: 'Give the measure’s document reference.',
  },
  NEW_GUARDIAN_MISSING: {
    kind: 'invalid',
    zh: '撤销监护资格须指定新的监护人。',
    en: 'A revocation names the new guardian.',
  },
  PETITION_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该申请（撤销监护资格）。',
    en: 'No such petition; check the id.',
  },
  PETITION_ALREADY_DECIDED: {
    kind: 'conflict',
    zh: '法院已对该申请作出裁定。',
    en: 'The court has already decided this petition.',
  },
  DECISION_BEFORE_PETITION: {
    kind: 'invalid',
    zh: '裁定日期早于申请日期，请核对。',
    en: 'The decision is before the petition; check the date.',
  },
  REVOCATION_CHILD_UNKNOWN: {
    kind: 'invalid',
    zh: '撤销监护资格须指明儿童。',
    en: 'A revocation names a known child.',
  },
  REVOCATION_GROUNDS_MISSING: {
    kind: 'invalid',
    zh: '请填写撤销监护资格的法定事由。',
    en: 'Give the legal grounds for the revocation.',
  },
  REVOCATION_GROUND_NOT_SUPPORTED: {
    kind: 'precondition',
    zh: '案件记录不支持所填事由，请核对。',
    en: 'The case’s record does not support these grounds; check them.',
  },
  DUTY_BEARER_DID_REPORT: {
    kind: 'invalid',
    zh: '该责任主体已履行报告义务，不能记为未报告。',
    en: 'This duty-bearer did report; it cannot be recorded as a reporting failure.',
  },
  NOT_A_DUTY_BEARER: {
    kind: 'invalid',
    zh: '只有负有强制报告义务的单位或人员才能记为未报告。',
    en: 'Only a duty-bearer can be recorded as failing to report.',
  },
  REPORTING_FAILURE_RECORDED: {
    kind: 'conflict',
    zh: '该未报告情况已登记。',
    en: 'This reporting failure is already recorded.',
  },
  PLAN_ITEM_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该帮扶计划事项，请核对事项编号。',
    en: 'No such plan item in this department; check the id.',
  },
  PLAN_ITEM_SENT_TO_DEPARTMENT: {
    kind: 'precondition',
    zh: '该事项已转交有关部门办理，须由该部门在本部门系统中办结。',
    en: 'This item was sent to its department, which completes it in its own service.',
  },
  PLAN_ITEM_ALREADY_COMPLETED: {
    kind: 'conflict',
    zh: '该帮扶计划事项已办结，不能重复办结。',
    en: 'This plan item is already completed.',
  },
  PLAN_ITEM_COMPLETED_BEFORE_ASSIGNED: {
    kind: 'invalid',
    zh: '办结日期早于事项交办日期，请核对日期。',
    en: 'The completion date is before the item was assigned; check the date.',
  },
  // 四(二)3 快速查找: the fast search for a missing child.
  SEARCH_NOT_A_MISSING_CHILD: {
    kind: 'precondition',
    zh: '该案件没有儿童失踪的报告，快速查找仅适用于失踪儿童。',
    en: 'The case has no report of a missing child; the fast search is for missing children.',
  },
  SEARCH_ALREADY_STARTED: {
    kind: 'conflict',
    zh: '该案件的快速查找已经启动，请登记查找进展。',
    en: 'The search has started; record a review instead.',
  },
  SEARCH_NOT_STARTED: {
    kind: 'precondition',
    zh: '该案件尚未启动快速查找，请先启动。',
    en: 'No search has started on this case; start it first.',
  },
  SEARCH_ENDED: { kind: 'conflict', zh: '该案件的快速查找已结束。', en: 'The search has ended.' },
  SEARCH_OPEN: {
    kind: 'conflict',
    zh: '失踪儿童尚未找到，请先登记查找结果再结案。',
    en: 'The missing child has not been found: record how the search ended before closing the case.',
  },
  SEARCH_NOBODY_TOLD: {
    kind: 'invalid',
    zh: '快速查找须至少通报一个区域和一个单位（派出所、车站、救助站等）。',
    en: 'A fast search tells at least one area and one unit (a station, a transport hub, a rescue station).',
  },
  // 四(二)3 责令: orders to the parents to return or to name an entrusted guardian.
  ORDER_DUE_BEFORE_ISSUE: {
    kind: 'invalid',
    zh: '责令的期限早于责令日期，请核对。',
    en: 'The order’s deadline is before the day it was given; check the dates.',
  },
  ORDER_NOT_FOUND: {
    kind: 'not_found',
    zh: '找不到该责令记录，请核对编号。',
    en: 'No such order on this case; check the id.',
  },
  ORDER_ALREADY_COMPLIED: {
    kind: 'conflict',
    zh: '该责令已经履行，无需再次核查。',
    en: 'The order has been complied with; there is nothing more to check.',
  },
  ORDER_GUARDIAN_MISSING: {
    kind: 'invalid',
    zh: '已确定受委托监护人的，请填写受委托监护人姓名。',
    en: 'An entrusted guardian was named: enter the guardian’s name.',
  },
});
