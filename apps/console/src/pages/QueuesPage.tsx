import { Empty, Typography } from 'antd';
import { useSession } from '../auth/session';
import { ROLE_ZH, zh } from '../i18n/labels';
import { QueueCard } from '../queues/QueueCard';
import { QUEUES_BY_ROLE } from '../queues/definitions';

/** The signed-in user's work queues, per their role. */
export function QueuesPage() {
  const { session } = useSession();
  if (!session) return null;
  const queues = QUEUES_BY_ROLE[session.user.role] ?? [];
  return (
    <>
      <Typography.Title level={3}>我的待办</Typography.Title>
      <Typography.Paragraph type="secondary">
        {`${zh(ROLE_ZH, session.user.role)} · 区划代码 ${session.user.regionCode} · 已超期的事项排在最前`}
      </Typography.Paragraph>
      {queues.length === 0 ? <Empty description="本岗位没有工作队列" /> : null}
      {queues.map((q) => (
        <QueueCard key={q.id} queue={q} user={session.user} />
      ))}
    </>
  );
}
