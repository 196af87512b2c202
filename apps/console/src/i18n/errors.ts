/**
 * The services' error codes as Chinese sentences a person can act on. A service's own Chinese
 * message (`extensions.messageZh`) wins when it sends one; an unknown code gets a general sentence
 * naming the code, so that support can look it up.
 */
export const ERROR_MESSAGES_ZH: Record<string, string> = {
  UNAUTHENTICATED: '登录已失效，请重新登录。',
  FORBIDDEN: '您的岗位无权进行此项操作或查看此项信息。',
  OUT_OF_REGION: '该记录不在您负责的行政区域内，无法查看或办理。',
  PURPOSE_REQUIRED: '查阅此项信息须先说明查阅目的。',
  AUDIT_UNAVAILABLE: '访问记录暂时无法写入，为保护儿童隐私本次查阅未执行，请稍后重试。',
  WRITE_CONTENDED: '该记录正由他人同时修改，请稍后重试。',
  SUBGRAPH_UNAVAILABLE: '部分部门的系统暂时无法连接，显示的信息可能不完整，请稍后刷新。',
  INTERNAL_SERVER_ERROR: '系统内部出错，请稍后重试；如仍出错请联系系统管理员。',
  BAD_REQUEST: '请求格式有误，请检查后重试。',
  BAD_USER_INPUT: '填写的内容有误，请检查后重试。',
  GRAPHQL_VALIDATION_FAILED: '查询语句有误，请检查字段名称和参数。',
  QUERY_TOO_DEEP: '查询层级过深，请减少嵌套层级。',
  QUERY_TOO_COSTLY: '查询范围过大，请缩小范围或分页查询。',
  QUERY_TOO_LARGE: '查询语句过长，请精简后重试。',
  TOO_MANY_ALIASES: '查询中的别名过多，请精简后重试。',
  TOO_MANY_DIRECTIVES: '查询中的指令过多，请精简后重试。',
  PAGE_SIZE_TOO_LARGE: '每页条数过多（最多 200 条），请减少后重试。',
  REQUEST_TOO_LARGE: '提交的内容过大，请分批提交。',
  FIELD_REQUIRED: '有必填项未填写，请补充后重试。',
  FIELD_INVALID: '有填写项格式不正确，请检查后重试。',
  FIELD_TOO_LONG: '有填写项内容过长，请精简后重试。',
  FIELD_TOO_SHORT: '有填写项内容过短，请补充后重试。',
  INVALID_DATE: '日期格式不正确，请按“年-月-日”填写。',
  PERIOD_REVERSED: '结束日期早于开始日期，请检查。',
  PERIOD_TOO_LONG: '时间段过长，请缩短后重试。',
  RESIDENT_ID_FORMAT: '身份证号码格式不正确，应为 18 位。',
  RESIDENT_ID_CHECK_DIGIT: '身份证号码校验位不正确，请核对后重新填写。',
  RESIDENT_ID_BIRTH_DATE_INVALID: '身份证号码中的出生日期无效，请核对。',
  RESIDENT_ID_BIRTH_DATE_FUTURE: '身份证号码中的出生日期晚于今天，请核对。',
  UNKNOWN_REGION: '行政区划代码不存在，请选择正确的地区。',
  NOT_FOUND: '未找到该记录，可能已被合并或删除。',
  CHILD_NOT_FOUND: '未找到该儿童的记录。',
  NETWORK: '无法连接服务器，请检查网络后重试。',
};

export interface GraphQLErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

/** The Chinese sentence for one error of an answer. */
export function errorMessageZh(error: GraphQLErrorLike): string {
  const zh = error.extensions?.messageZh;
  if (typeof zh === 'string' && zh) return zh;
  const code = typeof error.extensions?.code === 'string' ? error.extensions.code : undefined;
  if (code && ERROR_MESSAGES_ZH[code]) return ERROR_MESSAGES_ZH[code];
  return code ? `操作未能完成（错误代码 ${code}），请联系系统管理员。` : '操作未能完成，请稍后重试。';
}

/** The error codes of an answer. */
export const codesOf = (errors: readonly GraphQLErrorLike[] | undefined) =>
  (errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : 'UNKNOWN'));
