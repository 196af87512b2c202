import { Button, Grid, Layout, Menu, Space, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from './auth/session';
import { ROLE_ZH, zh } from './i18n/labels';
import { ChildPage } from './pages/ChildPage';
import { FindChildPage } from './pages/FindChildPage';
import { QueuesPage } from './pages/QueuesPage';
import { SignInPage } from './pages/SignInPage';

const GraphiQLPage = lazy(() => import('./pages/GraphiQLPage'));

export const SYSTEM_NAME = '钦州市困境儿童和留守儿童关爱保护信息系统';

/** The console's frame: the system's name, the user, the menu, and the page. */
export function App() {
  const { session, signOut } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  if (!session)
    return (
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header className="qz-header">
          <Typography.Text className="qz-title">{SYSTEM_NAME}</Typography.Text>
        </Layout.Header>
        <Layout.Content>
          <SignInPage />
        </Layout.Content>
      </Layout>
    );
  const selected = location.pathname.startsWith('/children')
    ? 'children'
    : location.pathname.startsWith('/graphiql')
      ? 'graphiql'
      : 'queues';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header className="qz-header">
        <Typography.Text className="qz-title">{screens.md ? SYSTEM_NAME : '儿童关爱保护'}</Typography.Text>
        <Space className="qz-user">
          <span data-testid="user-name">
            {screens.md ? `${session.user.name}（${zh(ROLE_ZH, session.user.role)}）` : session.user.name}
          </span>
          <Button
            size="small"
            onClick={() => {
              signOut();
              navigate('/');
            }}
          >
            退出
          </Button>
        </Space>
      </Layout.Header>
      <Menu
        mode="horizontal"
        selectedKeys={[selected]}
        items={[
          { key: 'queues', label: <Link to="/">我的待办</Link> },
          { key: 'children', label: <Link to="/children">儿童档案</Link> },
          { key: 'graphiql', label: <Link to="/graphiql">接口调试</Link> },
        ]}
      />
      <Layout.Content style={{ padding: screens.md ? 24 : 12 }}>
        <Suspense fallback={<span>正在加载……</span>}>
          <Routes>
            <Route path="/" element={<QueuesPage />} />
            <Route path="/children" element={<FindChildPage />} />
            <Route path="/children/:id" element={<ChildPage />} />
            <Route path="/graphiql" element={<GraphiQLPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
