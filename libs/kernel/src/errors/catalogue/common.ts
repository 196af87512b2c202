import { errorCodes } from './entry';

/** Input checks, dates, amounts and pages: codes every service uses. */
export const COMMON_ERRORS = errorCodes({
  FIELD_INVALID: {
    kind: 'invalid',
    zh: '输入有误，请按提示更正后重新提交。',
    en: 'The input is invalid; correct it as indicated and submit again.',
  },
  FIELD_REQUIRED: {
    kind: 'invalid',
    zh: '必填项未填写，请补充后重新提交。',
    en: 'A required field is missing; fill it in and submit again.',
  },
  FIELD_TOO_LONG: {
    kind: 'invalid',
    zh: '填写内容过长，请缩短后重新提交。',
    en: 'A field is too long; shorten it and submit again.',
  },
  FIELD_TOO_SHORT: {
    kind: 'invalid',
    zh: '填写内容过短，请补充完整后重新提交。',
    en: 'A field is too short; complete it and submit again.',
  },
  INVALID_DATE: {
    kind: 'invalid',
    zh: '日期格式有误，请按“年-月-日”（如 2024-03-09）填写。',
    en: 'The date is not valid; write it as YYYY-MM-DD (e.g. 2024-03-09).',
  },
  INVALID_MONTH: {
    kind: 'invalid',
    zh: '月份格式有误，请按“年-月”（如 2024-03）填写。',
    en: 'The month is not valid; write it as YYYY-MM (e.g. 2024-03).',
  },
  DATE_IN_FUTURE: {
    kind: 'invalid',
    zh: '日期晚于今天：只能登记已经发生的事项，请核对日期。',
    en: 'The date is in the future; record only what has happened, and check the date.',
  },
  DATE_BEFORE_BIRTH: {
    kind: 'invalid',
    zh: '日期早于儿童出生日期，请核对日期。',
    en: 'The date is before the child’s birth; check the date.',
  },
  DATE_BEFORE_PREVIOUS_STEP: {
    kind: 'invalid',
    zh: '日期早于上一步骤的日期，请核对日期。',
    en: 'The date is before the previous step of this record; check the date.',
  },
  PERIOD_REVERSED: {
    kind: 'invalid',
    zh: '结束日期早于开始日期，请核对起止日期。',
    en: 'The end of the period is before its start; check both dates.',
  },
  PERIOD_TOO_LONG: {
    kind: 'invalid',
    zh: '统计期间过长（最多 366 天），请缩短期间。',
    en: 'The period is too long (at most 366 days); shorten it.',
  },
  END_BEFORE_START: {
    kind: 'invalid',
    zh: '结束日期早于开始日期，请核对起止日期。',
    en: 'The end date is before the start date; check both dates.',
  },
  AMOUNT_NEGATIVE: {
    kind: 'invalid',
    zh: '金额不能为负数，请核对金额。',
    en: 'The amount cannot be negative; check it.',
  },
  AMOUNT_NOT_POSITIVE: {
    kind: 'invalid',
    zh: '金额必须大于零，请核对金额。',
    en: 'The amount must be more than zero; check it.',
  },
  AMOUNT_NOT_WHOLE_FEN: {
    kind: 'invalid',
    zh: '金额须以“分”为单位的整数填写（如 120.50 元填 12050）。',
    en: 'Write the amount as a whole number of fen (e.g. 12050 for 120.50 yuan).',
  },
  AMOUNT_TOO_LARGE: {
    kind: 'invalid',
    zh: '金额超出允许范围，请核对金额及单位（分）。',
    en: 'The amount is larger than allowed; check it and its unit (fen).',
  },
  RATIO_OUT_OF_RANGE: {
    kind: 'invalid',
    zh: '比例须在 0 至 10000 个基点（0–100%）之间。',
    en: 'The ratio must be between 0 and 10000 basis points (0–100%).',
  },
  PAGE_SIZE_OUT_OF_RANGE: {
    kind: 'invalid',
    zh: '每页条数超出范围，请减少每页条数。',
    en: 'The page size is out of range; ask for fewer items a page.',
  },
  INVALID_CURSOR: {
    kind: 'invalid',
    zh: '翻页位置无效，请从第一页重新查询。',
    en: 'The page cursor is not valid; start again from the first page.',
  },
  UNKNOWN_REGION: {
    kind: 'invalid',
    zh: '区划代码不在钦州市行政区划内，请核对代码。',
    en: 'The division code is not a region of Qinzhou; check the code.',
  },
  INVALID_REGION_CODE: {
    kind: 'invalid',
    zh: '区划代码格式不正确，应为6位、9位或12位数字。',
    en: 'A division code is 6, 9 or 12 digits; check the code.',
  },
  CALENDAR_YEAR_UNKNOWN: {
    kind: 'precondition',
    zh: '工作日历尚未录入该年度的节假日安排，无法计算期限，请联系管理员补充该年度日历。',
    en: "The working-day calendar does not know that year's holidays; add the year's schedule to the calendar configuration.",
  },
  WRITE_CONTENDED: {
    kind: 'unavailable',
    zh: '该记录正被他人修改，本次未保存，请稍后重试。',
    en: 'Someone else is changing this record; nothing was written. Try again in a moment.',
  },
  CHANGED_CONCURRENTLY: {
    kind: 'conflict',
    zh: '该记录已被他人修改，请刷新后重试。',
    en: 'The record was changed by someone else meanwhile; reload it and try again.',
  },
});
