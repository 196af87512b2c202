import { errorCodes } from './entry';

/** Who may do what: sign-in, roles, purposes and regions. */
export const ACCESS_ERRORS = errorCodes({
  UNAUTHENTICATED: { kind: 'forbidden', zh: '登录已失效，请重新登录。', en: 'Sign in again.' },
  FORBIDDEN: {
    kind: 'forbidden',
    zh: '您的角色无权进行此操作，如确有需要请联系管理员。',
    en: 'Your role may not do this; ask an administrator if you need to.',
  },
  PURPOSE_REQUIRED: {
    kind: 'forbidden',
    zh: '查看此信息须说明用途，请填写查阅事由后重试。',
    en: 'State why you need this information (the access purpose), then try again.',
  },
  // The access record of a read or a change could not be written (issue 16: fail closed).
  AUDIT_UNAVAILABLE: {
    kind: 'unavailable',
    zh: '访问记录暂时无法写入，为保护儿童隐私本次操作未执行，请稍后重试。',
    en: 'The access log could not be written, so nothing was shown or changed; try again shortly.',
  },
  // A list by a sensitive category (三(一)2–3) asked by a role that may not see it (issue 16 §4).
  CATEGORY_NOT_PERMITTED: {
    kind: 'forbidden',
    zh: '您的角色无权按此类别查询儿童名单，请去掉类别条件后重试。',
    en: 'Your role may not list children by this category; list without it.',
  },
  OUT_OF_REGION: {
    kind: 'forbidden',
    zh: '该记录不在您负责的区域内。',
    en: 'This record lies outside the region you work in.',
  },
  // The gateway's credential to a subgraph (issue 16 §5): one subgraph, one request, 30 s, one use.
  CREDENTIAL_EXPIRED: {
    kind: 'forbidden',
    zh: '网关凭据已过期，请通过网关重新发送请求。',
    en: 'The gateway credential has expired or lives too long; send the request through the gateway again.',
  },
  CREDENTIAL_WRONG_AUDIENCE: {
    kind: 'forbidden',
    zh: '该网关凭据不是发给本服务的，请通过网关发送请求。',
    en: 'The gateway credential was issued for another service; send the request through the gateway.',
  },
  CREDENTIAL_WRONG_REQUEST: {
    kind: 'forbidden',
    zh: '该网关凭据是为另一请求签发的，请通过网关发送请求。',
    en: 'The gateway credential was issued for another request; send the request through the gateway.',
  },
  CREDENTIAL_REPLAYED: {
    kind: 'forbidden',
    zh: '该网关凭据已用过一次，变更请求不能重放；请通过网关重新发送。',
    en: 'The gateway credential of this change was already used; send the request through the gateway again.',
  },
  CREDENTIAL_MEMORY_FULL: {
    kind: 'unavailable',
    zh: '服务正忙，暂不能受理变更，请稍后重试。',
    en: 'The service is taking too many changes right now; try again in a few seconds.',
  },
  RATE_LIMITED: {
    kind: 'unavailable',
    zh: '请求过于频繁，请稍候再试。',
    en: 'Too many requests in a short time; wait the number of seconds given in Retry-After, then try again.',
  },
});
