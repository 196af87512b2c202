import { Alert, Button, Card, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useSession, type SessionUser } from '../auth/session';
import { ROLE_ZH, zh } from '../i18n/labels';

/**
 * Local sign-in: the demo users the gateway lists when it does not run in production. The token
 * it mints is kept in memory only.
 */
export function SignInPage() {
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [users, setUsers] = useState<SessionUser[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    fetch('/auth/demo-users')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((body: { users: SessionUser[] }) => setUsers(body.users))
      .catch(() => setFailure('本环境未开放演示账号登录，请通过统一身份认证登录。'));
  }, []);

  const choose = async (user: SessionUser) => {
    const r = await fetch('/auth/demo-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: user.userId }),
    });
    if (!r.ok) return setFailure('登录失败，请稍后重试。');
    const { token } = (await r.json()) as { token: string };
    signIn({ token, user });
    navigate('/', { replace: true });
  };

  return (
    <div style={{ maxWidth: 720, margin: '24px auto', padding: '0 12px' }}>
      <Card title="登录">
        <Typography.Paragraph>
          本地演示环境：请选择一个演示账号登录。登录凭证只保存在本页面内，刷新页面即退出登录。
        </Typography.Paragraph>
        {failure ? <Alert type="error" showIcon title={failure} /> : null}
        <List
          loading={!users && !failure}
          dataSource={users ?? []}
          locale={{ emptyText: '暂无演示账号' }}
          renderItem={(u) => (
            <List.Item
              actions={[
                <Button
                  key="in"
                  type="primary"
                  onClick={() => void choose(u)}
                  data-testid={`sign-in-${u.userId}`}
                >
                  登录
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={u.name}
                description={
                  <>
                    <Tag>{zh(ROLE_ZH, u.role)}</Tag>
                    <span>区划代码 {u.regionCode}</span>
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
