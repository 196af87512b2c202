import { Button, Card, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';

/** Open a child's record by its id (from a queue, a list or a colleague). */
export function FindChildPage() {
  const [id, setId] = useState('');
  const navigate = useNavigate();
  return (
    <Card title="儿童档案">
      <Typography.Paragraph>请输入儿童编号，或从“我的待办”中点击“查看儿童档案”。</Typography.Paragraph>
      <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
        <Input value={id} onChange={(e) => setId(e.target.value)} placeholder="儿童编号" />
        <Button
          type="primary"
          disabled={!id.trim()}
          onClick={() => navigate(`/children/${encodeURIComponent(id.trim())}`)}
        >
          查看
        </Button>
      </Space.Compact>
    </Card>
  );
}
