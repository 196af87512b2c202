import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { DropoutCase } from '../dropout-case.repository';

/** Noto Sans SC (SIL Open Font License), embedded as a subset so that the Chinese text renders anywhere. */
const FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let font: Buffer | null = null;
const cjkFont = () => (font ??= readFileSync(FONT_PATH));

const METHOD: Record<string, string> = {
  HOME_VISIT: '家访',
  PHONE: '电话',
  MEETING_AT_SCHOOL: '到校面谈',
  WITH_VILLAGE_COMMITTEE: '会同村（居）委会',
};
const RESULT: Record<string, string> = { RETURNED: '已返校', REFUSED: '拒绝返校', NOT_REACHED: '未能联系' };
/** The ideographic space (U+3000) that separates columns in Chinese documents. */
const GAP = '\u3000';
const SEX: Record<string, string> = { MALE: '男', FEMALE: '女' };

export interface ReportSubject {
  familyName: string;
  givenName: string;
  sex: string;
  birthDate: string;
}

export interface ReportSchool {
  name: string;
  grade: number | null;
  studentNumber: string | null;
}

/**
 * The written dropout report of 四(二)6 (辍学学生书面报告) to the county education bureau and the
 * township government: the child, the facts, every persuasion attempt, the student-status flag and
 * the recipients, in Chinese, as a PDF.
 */
export function renderDropoutReport(
  c: DropoutCase,
  child: ReportSubject,
  school: ReportSchool,
): Promise<Buffer> {
  if (!c.report) throw new Error(`case ${c.id} has no written report`);
  const report = c.report;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `辍学学生书面报告 ${c.caseNumber}`, Author: school.name, Subject: '控辍保学' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');
  const heading = (text: string) => doc.moveDown(0.6).fontSize(13).text(text).moveDown(0.2).fontSize(11);
  const line = (label: string, value: string) => doc.text(`${label}：${value}`);

  doc.fontSize(18).text('辍学学生书面报告', { align: 'center' });
  doc.moveDown(0.3).fontSize(10).text(`案件编号：${c.caseNumber}`, { align: 'center' });
  doc.moveDown(0.8).fontSize(11);
  line('报送', report.recipients.map((r) => r.name).join('、'));
  line('报告单位', school.name);
  line('报告日期', report.submittedOn);

  heading('一、学生基本情况');
  line('姓名', `${child.familyName}${child.givenName}`);
  line('性别', SEX[child.sex] ?? child.sex);
  line('出生日期', child.birthDate);
  line('就读学校', school.name);
  if (school.grade) line('年级', `${school.grade}年级`);
  if (school.studentNumber) line('学籍号', school.studentNumber);

  heading('二、辍学情况');
  line('发现日期', c.openedOn);
  line('登记人', c.registeredBy);
  doc.text(c.facts);

  heading('三、劝返情况');
  if (!c.attempts.length) doc.text('无');
  for (const a of c.attempts) {
    doc.text(
      [`第${a.no}次`, a.on, METHOD[a.method] ?? a.method, a.by, `结果：${RESULT[a.result] ?? a.result}`].join(
        GAP,
      ),
    );
    doc.text(a.guardianshipConcern ? `${a.notes}（发现监护缺失，已向公安机关强制报告）` : a.notes, {
      indent: 24,
    });
  }

  heading('四、学籍标识');
  if (c.flag) {
    line('标识日期', c.flag.on);
    line('经办人', c.flag.by);
    doc.text(c.flag.note);
  }
  if (c.reportDueOn) {
    line(
      '报告期限',
      `${c.reportDueOn}（标识后${c.reportWorkingDays ?? ''}个工作日内）${report.onTime ? '' : '，本报告逾期报送'}`,
    );
  }

  if (c.escalation) {
    heading('五、报请县级人民政府协调');
    line('报送', c.escalation.recipient.name);
    line('日期', c.escalation.on);
    line('需配合部门', c.escalation.departments.join('、'));
    line('经办人', c.escalation.by);
    doc.text(c.escalation.reason);
  }

  heading(c.escalation ? '六、报告人' : '五、报告人');
  line('经办人', report.by);
  doc
    .moveDown(0.8)
    .fontSize(9)
    .text(
      '依据：钦州市人民政府办公室《关于加强困境儿童和留守儿童保障关爱工作的实施方案》（钦政办〔2017〕141号）四（二）6。',
    );
  doc.end();
  return done;
}
