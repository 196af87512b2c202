import { gql, type DocumentNode } from '@apollo/client';
import dayjs from 'dayjs';
import type { SessionUser } from '../auth/session';
import {
  APPLICATION_STATUS_ZH,
  CASE_STATUS_ZH,
  DROPOUT_STATUS_ZH,
  INTAKE_STEP_ZH,
  PROGRAMME_ZH,
  PROPOSAL_STATUS_ZH,
  RISK_ZH,
  SITUATION_ZH,
  zh,
} from '../i18n/labels';
import { dueOf, type QueueRow } from './deadline';

/** One work queue: its title, the existing query of the owning service, and its rows. */
export interface QueueDefinition {
  id: string;
  title: string;
  /** What the deadline column means in this queue. */
  dueLabel: string;
  query: DocumentNode;
  variables(user: SessionUser): Record<string, unknown>;
  rows(data: any): QueueRow[];
}

const policeNew: QueueDefinition = {
  id: 'police-new',
  title: '新接报警情（出警时限）',
  dueLabel: '出警时限',
  query: gql`
    query PoliceNew($regionCode: String) {
      policeQueue(queue: NEW, regionCode: $regionCode) {
        id
        status
        childId
        regionCode
        situationType
        childDescription
        openedAt
        dispatchDueAt
        dispatchOverdue
      }
    }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) =>
    (d?.policeQueue ?? []).map((c: any) => ({
      key: c.id,
      subject: `${zh(SITUATION_ZH, c.situationType)}${c.childDescription ? `：${c.childDescription}` : ''}`,
      childId: c.childId,
      status: zh(CASE_STATUS_ZH, c.status),
      dueAt: dueOf(c.dispatchDueAt),
      overdue: c.dispatchOverdue,
      detail: `接报于 ${dayjs(c.openedAt).format('YYYY年M月D日 HH:mm')}`,
    })),
};

const dropoutCases: QueueDefinition = {
  id: 'dropout-cases',
  title: '控辍保学个案（书面报告期限）',
  dueLabel: '报告期限',
  query: gql`
    query DropoutQueue($regionCode: String) {
      dropoutCases(regionCode: $regionCode) {
        id
        caseNumber
        childId
        status
        openedOn
        reportDueOn
        reportOverdue
        school {
          name
        }
        attempts {
          on
        }
      }
    }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) =>
    (d?.dropoutCases ?? []).map((c: any) => ({
      key: c.id,
      subject: `${c.caseNumber}${c.school?.name ? ` · ${c.school.name}` : ''}`,
      childId: c.childId,
      status: zh(DROPOUT_STATUS_ZH, c.status),
      dueAt: dueOf(c.reportDueOn),
      overdue: c.reportOverdue,
      detail: `${dayjs(c.openedOn).format('YYYY年M月D日')}立案，劝返 ${c.attempts?.length ?? 0} 次`,
    })),
};

const proposals: QueueDefinition = {
  id: 'eligibility-proposals',
  title: '待审核的救助保障建议',
  dueLabel: '提出时间',
  query: gql`
    query Proposals($regionCode: String!) {
      eligibilityProposals(regionCode: $regionCode, status: PENDING) {
        id
        childId
        programme
        rule
        status
        proposedAt
      }
    }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) =>
    (d?.eligibilityProposals ?? []).map((p: any) => ({
      key: p.id,
      subject: zh(PROGRAMME_ZH, p.programme),
      childId: p.childId,
      status: zh(PROPOSAL_STATUS_ZH, p.status),
      dueAt: null,
      detail: `${dayjs(p.proposedAt).format('YYYY年M月D日')}提出，已等待 ${dayjs().diff(dayjs(p.proposedAt), 'day')} 天`,
    })),
};

const applicationRow = (a: any): QueueRow => {
  const open = a.overdue ?? (a.review?.doneOn ? a.approval : a.review);
  return {
    key: a.id,
    subject: `${a.applicantName}（${a.applicantRelation}）的申请`,
    childId: a.childId,
    status: zh(APPLICATION_STATUS_ZH, a.status),
    dueAt: dueOf(open?.dueOn),
    overdue: !!a.overdue,
    detail: a.overdue
      ? `${zh(INTAKE_STEP_ZH, a.overdue.step)}已超期 ${a.overdue.workingDaysLate} 个工作日`
      : `${a.receivedOn} 受理`,
  };
};
const APPLICATION_FIELDS = `id childId status receivedOn applicantName applicantRelation
  review { dueOn doneOn } approval { dueOn doneOn } overdue { step dueOn workingDaysLate }`;

const overdueApplications: QueueDefinition = {
  id: 'overdue-applications',
  title: '超期未办的“一门受理”申请',
  dueLabel: '办理期限',
  query: gql`
    query OverdueApplications($regionCode: String!) { overdueApplications(regionCode: $regionCode) { ${APPLICATION_FIELDS} } }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) => (d?.overdueApplications ?? []).map(applicationRow),
};

const intakeQueue: QueueDefinition = {
  id: 'intake-queue',
  title: '“一门受理”窗口待办申请',
  dueLabel: '办理期限',
  query: gql`
    query IntakeQueue($townshipCode: String!) { intakeQueue(townshipCode: $townshipCode) { ${APPLICATION_FIELDS} } }
  `,
  variables: (u) => ({ townshipCode: u.regionCode.slice(0, 9) }),
  rows: (d) => (d?.intakeQueue ?? []).map(applicationRow),
};

const openAssessments: QueueDefinition = {
  id: 'open-assessments',
  title: '待开展的监护评估',
  dueLabel: '评估期限',
  query: gql`
    query OpenAssessments($townshipCode: String!) {
      openAssessments(townshipCode: $townshipCode) {
        id
        status
        childId
        situationType
        childDescription
        assessmentOverdue
        notification {
          notifiedAt
          assessmentDueOn
        }
      }
    }
  `,
  variables: (u) => ({ townshipCode: u.regionCode.slice(0, 9) }),
  rows: (d) =>
    (d?.openAssessments ?? []).map((c: any) => ({
      key: c.id,
      subject: `${zh(SITUATION_ZH, c.situationType)}${c.childDescription ? `：${c.childDescription}` : ''}`,
      childId: c.childId,
      status: zh(CASE_STATUS_ZH, c.status),
      dueAt: dueOf(c.notification?.assessmentDueOn),
      overdue: c.assessmentOverdue,
      detail: c.notification
        ? `${dayjs(c.notification.notifiedAt).format('YYYY年M月D日')}接到通报`
        : undefined,
    })),
};

const visitsDue: QueueDefinition = {
  id: 'visits-due',
  title: '到期走访',
  dueLabel: '走访期限',
  query: gql`
    query VisitsDue($regionCode: String) {
      children(filter: { regionCode: $regionCode }, first: 200) {
        edges {
          node {
            id
            familyName
            givenName
            regionCode
            visiting {
              riskLevel
              lastVisitOn
              nextVisitDue
            }
          }
        }
      }
    }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) =>
    (d?.children?.edges ?? [])
      .map((e: any) => e.node)
      .filter((c: any) => c.visiting)
      .map((c: any) => ({
        key: c.id,
        subject: `${c.familyName}${c.givenName}`,
        childId: c.id,
        status: zh(RISK_ZH, c.visiting.riskLevel),
        dueAt: dueOf(c.visiting.nextVisitDue),
        detail: c.visiting.lastVisitOn ? `上次走访 ${c.visiting.lastVisitOn}` : '尚未走访',
      })),
};

const healthQueue: QueueDefinition = {
  id: 'health-queue',
  title: '待审核的医疗和康复救助申请',
  dueLabel: '等待时间',
  query: gql`
    query HealthQueue($regionCode: String!) {
      healthQueue(regionCode: $regionCode) {
        waitingFor
        waitingSince
        waitingDays
        application {
          id
          childId
          programme
          status
          costFen
        }
      }
    }
  `,
  variables: (u) => ({ regionCode: u.regionCode }),
  rows: (d) =>
    (d?.healthQueue ?? []).map((i: any) => ({
      key: i.application.id,
      subject: `${zh(PROGRAMME_ZH, i.application.programme)}，申请金额 ${(Number(i.application.costFen) / 100).toLocaleString('zh-CN', { style: 'currency', currency: 'CNY' })}`,
      childId: i.application.childId,
      status: i.waitingFor,
      dueAt: null,
      detail: `已等待 ${i.waitingDays} 天`,
    })),
};

/** The queues each role works from (a role not named here has none). */
export const QUEUES_BY_ROLE: Record<string, QueueDefinition[]> = {
  POLICE_OFFICER: [policeNew],
  EDUCATION_OFFICER: [dropoutCases],
  SCHOOL_STAFF: [dropoutCases],
  CIVIL_AFFAIRS_OFFICER: [proposals, overdueApplications],
  TOWNSHIP_OFFICER: [openAssessments, intakeQueue],
  VILLAGE_SUPERVISOR: [visitsDue],
  CHILD_SOCIAL_WORKER: [visitsDue],
  HEALTH_OFFICER: [healthQueue],
  DPF_OFFICER: [healthQueue],
  COORDINATOR: [visitsDue],
};
