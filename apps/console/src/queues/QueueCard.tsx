import { useQuery } from '@apollo/client/react';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { SessionUser } from '../auth/session';
import { ErrorList } from '../components/ErrorList';
import { byUrgency, countdownZh, isOverdue, type QueueRow } from './deadline';
import type { QueueDefinition } from './definitions';

/** The clock of the countdowns: ticks every 30 seconds while the page is open. */
function useNow(intervalMs = 30_000) {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = setInterval(() => setNow(dayjs()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** One work queue as a table: overdue first, each deadline counting down. */
export function QueueCard({ queue, user }: { queue: QueueDefinition; user: SessionUser }) {
  const { data, error, loading } = useQuery(queue.query, {
    variables: queue.variables(user),
    errorPolicy: 'all',
  });
  const now = useNow();
  const rows = byUrgency(queue.rows(data), now);
  const late = rows.filter((r) => isOverdue(r, now)).length;
  return (
    <Card
      title={queue.title}
      extra={
        <span
          data-testid={`${queue.id}-count`}
        >{`共 ${rows.length} 项${late ? `，超期 ${late} 项` : ''}`}</span>
      }
      data-testid={`queue-${queue.id}`}
      style={{ marginBottom: 16 }}
    >
      {error ? <ErrorList error={error} /> : null}
      <Table<QueueRow>
        size="small"
        rowKey="key"
        loading={loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无待办事项' }}
        rowClassName={(r) => (isOverdue(r, now) ? 'queue-row-overdue' : '')}
        columns={[
          {
            title: queue.dueLabel,
            key: 'due',
            render: (_, r) =>
              r.dueAt ? (
                <Tag color={isOverdue(r, now) ? 'red' : r.dueAt.diff(now, 'hour') < 24 ? 'orange' : 'blue'}>
                  {countdownZh(r.dueAt, now, isOverdue(r, now))}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{r.detail ?? '—'}</Typography.Text>
              ),
          },
          { title: '事项', dataIndex: 'subject', key: 'subject' },
          { title: '状态', dataIndex: 'status', key: 'status' },
          {
            title: '截止时间',
            key: 'dueAt',
            render: (_, r) => (r.dueAt ? r.dueAt.format('YYYY年M月D日 HH:mm') : '—'),
          },
          { title: '说明', dataIndex: 'detail', key: 'detail' },
          {
            title: '儿童',
            key: 'child',
            render: (_, r) => (r.childId ? <Link to={`/children/${r.childId}`}>查看儿童档案</Link> : '—'),
          },
        ]}
      />
      {late ? <Alert type="error" showIcon title={`有 ${late} 项已超期，请优先办理。`} /> : null}
    </Card>
  );
}
