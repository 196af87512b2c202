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
  OUT_OF_REGION: {
    kind: 'forbidden',
    zh: '该记录不在您负责的区域内。',
    en: 'This record lies outside the region you work in.',
  },
});
