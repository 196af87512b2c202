import { useApolloClient } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Modal,
  Row,
  Spin,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router-dom';
import { withPurpose } from '../api/client';
import { ErrorList } from '../components/ErrorList';
import { codesOf, type GraphQLErrorLike } from '../i18n/errors';
import {
  CASE_STATUS_ZH,
  CATEGORY_ZH,
  DROPOUT_STATUS_ZH,
  GUARDIANSHIP_ZH,
  MEDICAL_GROUP_ZH,
  PARENT_ZH,
  PROGRAMME_ZH,
  RISK_ZH,
  SEX_ZH,
  SITUATION_ZH,
  VISIT_KIND_ZH,
  zh,
} from '../i18n/labels';
import { CHILD_PAGE } from './child-query';
import { timelineOf } from './timeline';

const yesNo = (v: boolean | null | undefined) => (v == null ? '—' : v ? '是' : '否');
const date = (v: string | null | undefined) => (v ? dayjs(v).format('YYYY年M月D日') : '—');

/** A part the viewer may not see: why, in Chinese (the error at that part's path). */
function Hidden({ errors, path }: { errors: readonly GraphQLErrorLike[]; path: string }) {
  const mine = errors.filter((e) => ((e as { path?: unknown[] }).path ?? []).join('.').startsWith(path));
  return mine.length ? (
    <ErrorList errors={mine} />
  ) : (
    <Typography.Text type="secondary">暂无信息</Typography.Text>
  );
}

/** The 360 view of one child: each department's part as the viewer may see it, and the timeline. */
export function ChildPage() {
  const { id = '' } = useParams();
  const client = useApolloClient();
  const [purpose, setPurpose] = useState<string | undefined>();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<{ data?: any; errors: readonly GraphQLErrorLike[] } | null>(null);
  const [form] = Form.useForm<{ purpose: string }>();

  const load = useCallback(async () => {
    const result = await client.query({
      query: CHILD_PAGE,
      variables: { id },
      context: withPurpose(purpose),
      errorPolicy: 'all',
    });
    const errors = (result.error as { errors?: GraphQLErrorLike[] } | undefined)?.errors ?? [];
    setAnswer({ data: result.data, errors });
    if (!purpose && codesOf(errors).includes('PURPOSE_REQUIRED')) setAsking(true);
  }, [client, id, purpose]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!answer) return <Spin />;
  const c = answer.data?.child;
  const errors = answer.errors;
  if (!c)
    return <ErrorList errors={errors.length ? errors : [{ extensions: { code: 'CHILD_NOT_FOUND' } }]} />;
  const needsPurpose = codesOf(errors).includes('PURPOSE_REQUIRED');

  return (
    <>
      <Typography.Title
        level={3}
        data-testid="child-name"
      >{`${c.familyName}${c.givenName}`}</Typography.Title>
      {needsPurpose && !asking ? (
        <Alert
          type="info"
          showIcon
          title="部分信息须说明查阅目的后才能查看。"
          action={<Button onClick={() => setAsking(true)}>说明查阅目的</Button>}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {purpose ? (
        <Alert
          type="success"
          showIcon
          title={`查阅目的：${purpose}（已记入访问日志）`}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title="基本信息（民政）">
            <Descriptions column={1} size="small">
              <Descriptions.Item label="性别">{zh(SEX_ZH, c.sex)}</Descriptions.Item>
              <Descriptions.Item label="出生日期">{date(c.birthDate)}</Descriptions.Item>
              <Descriptions.Item label="身份证号码">
                <span data-testid="resident-id">{c.residentIdNumber ?? c.maskedResidentIdNumber}</span>
                {c.residentIdNumber && c.residentIdNumber.includes('*') ? (
                  <Tag style={{ marginLeft: 8 }}>已脱敏</Tag>
                ) : null}
              </Descriptions.Item>
              <Descriptions.Item label="户籍区划">{c.regionCode}</Descriptions.Item>
              <Descriptions.Item label="儿童类别">
                {(c.classification?.categories ?? []).map((k: any) => (
                  <Tag key={k.category}>{zh(CATEGORY_ZH, k.category)}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label="父亲状况">
                {c.circumstances?.father ? (
                  zh(PARENT_ZH, c.circumstances.father)
                ) : (
                  <Hidden errors={errors} path="child.circumstances.father" />
                )}
              </Descriptions.Item>
              <Descriptions.Item label="母亲状况">
                {c.circumstances?.mother ? (
                  zh(PARENT_ZH, c.circumstances.mother)
                ) : (
                  <Hidden errors={errors} path="child.circumstances.mother" />
                )}
              </Descriptions.Item>
              <Descriptions.Item label="监护情况">
                {zh(GUARDIANSHIP_ZH, c.guardianship?.situation)}
              </Descriptions.Item>
              <Descriptions.Item label="下次走访">
                {c.visiting
                  ? `${date(c.visiting.nextVisitDue)}（${zh(RISK_ZH, c.visiting.riskLevel)}）`
                  : '—'}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title="教育" style={{ marginBottom: 16 }}>
            {c.education ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label="义务教育年龄">
                  {yesNo(c.education.compulsoryEducationAge)}
                </Descriptions.Item>
                <Descriptions.Item label="控辍保学个案">
                  {c.education.dropoutCases.length
                    ? c.education.dropoutCases.map((d: any) => (
                        <Tag key={d.id}>{`${d.caseNumber} ${zh(DROPOUT_STATUS_ZH, d.status)}`}</Tag>
                      ))
                    : '无'}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Hidden errors={errors} path="child.education" />
            )}
          </Card>
          <Card title="卫生健康与残联" style={{ marginBottom: 16 }}>
            {c.health ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label="康复救助年龄">
                  {yesNo(c.health.rehabAssistanceAge)}
                </Descriptions.Item>
                <Descriptions.Item label="医疗救助对象类别">
                  {zh(MEDICAL_GROUP_ZH, c.health.medicalAssistanceGroup)}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Hidden errors={errors} path="child.health" />
            )}
          </Card>
          <Card title="公安与保护" style={{ marginBottom: 16 }}>
            {c.protection ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label="禁止独居">
                  {yesNo(c.protection.forbiddenToLiveAlone)}
                </Descriptions.Item>
                <Descriptions.Item label="在办 / 已结个案">{`${c.protection.openCases} / ${c.protection.closedCases}`}</Descriptions.Item>
              </Descriptions>
            ) : (
              <Hidden errors={errors} path="child.protection" />
            )}
          </Card>
          <Card title="社会救助">
            {c.assistance ? (
              <Descriptions column={1} size="small">
                <Descriptions.Item label="符合条件的救助">
                  {c.assistance.qualifiesFor.map((q: any) => (
                    <Tag
                      key={q.programme}
                      color={q.covered ? 'green' : 'orange'}
                    >{`${zh(PROGRAMME_ZH, q.programme)}${q.covered ? '（已纳入）' : '（未纳入）'}`}</Tag>
                  ))}
                </Descriptions.Item>
              </Descriptions>
            ) : (
              <Hidden errors={errors} path="child.assistance" />
            )}
          </Card>
        </Col>
      </Row>
      <Card title="时间轴" style={{ marginTop: 16 }} data-testid="timeline">
        <Timeline
          items={timelineOf(c, {
            CATEGORY_ZH,
            VISIT_KIND_ZH,
            DROPOUT_STATUS_ZH,
            SITUATION_ZH,
            CASE_STATUS_ZH,
          }).map((t) => ({
            key: t.key,
            color: t.color,
            content: `${dayjs(t.at).format('YYYY年M月D日')} ${t.text}`,
          }))}
        />
      </Card>
      <Modal
        title="请说明查阅目的"
        open={asking}
        okText="确认并查阅"
        cancelText="暂不查阅"
        onCancel={() => setAsking(false)}
        onOk={() =>
          void form.validateFields().then((v) => {
            setAsking(false);
            setPurpose(v.purpose.trim());
          })
        }
        destroyOnHidden
      >
        <Typography.Paragraph>
          该儿童的部分信息属于敏感信息，查阅前须说明目的，目的将记入访问日志。
        </Typography.Paragraph>
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="purpose"
            label="查阅目的"
            rules={[{ required: true, whitespace: true, message: '请填写查阅目的' }]}
          >
            <Input placeholder="例如：个案会商" data-testid="purpose-input" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
