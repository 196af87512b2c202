import type { DropoutCase } from '../dropout-case.repository';
import { renderDropoutReport } from './dropout-report.pdf';
import { pdfText } from './pdf-text';

const aCase: DropoutCase = {
  id: 'case-1',
  caseNumber: 'KC450702-20261120-ABC123',
  childId: 'child-1',
  schoolId: 'school-1',
  regionCode: '450702001',
  regionPath: ['450000', '450700', '450702', '450702001'],
  status: 'ESCALATED',
  openKey: 'child-1',
  openedOn: '2026-11-20',
  facts: '自11月16日起未到校，家中无人。',
  registeredBy: '班主任 李老师',
  attempts: [
    {
      no: 1,
      on: '2026-11-21',
      by: '李老师',
      method: 'HOME_VISIT',
      result: 'REFUSED',
      notes: '祖母称孩子外出打工',
    },
    {
      no: 2,
      on: '2026-11-23',
      by: '王校长',
      method: 'PHONE',
      result: 'NOT_REACHED',
      notes: '父母电话无人接听',
    },
  ],
  flag: { on: '2026-11-24', by: '教务处 陈老师', note: '已在学籍系统标识为辍学' },
  reportDueOn: '2026-11-27',
  reportWorkingDays: 3,
  report: {
    submittedOn: '2026-11-26',
    by: '王校长',
    recipients: [
      { kind: 'COUNTY_EDUCATION_BUREAU', name: '钦南区教育局' },
      { kind: 'TOWNSHIP_GOVERNMENT', name: '沙埠镇人民政府' },
    ],
    onTime: true,
  },
  escalation: {
    on: '2026-11-27',
    by: '沙埠镇 韦副镇长',
    reason: '监护人外出务工，需公安、民政协助',
    departments: ['公安', '民政'],
    recipient: { kind: 'COUNTY_GOVERNMENT', name: '钦南区人民政府' },
  },
  returnedOn: null,
  transitions: [],
  mandatoryReportId: null,
  revision: 5,
};

describe('rule 四(二)6 辍学学生书面报告: the written report as a PDF', () => {
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderDropoutReport(
      aCase,
      { familyName: '黄', givenName: '志强', sex: 'MALE', birthDate: '2011-05-20' },
      { name: '钦南区沙埠镇中心小学', grade: 6, studentNumber: 'G450702201105200031' },
    );
  });

  it('is a PDF with the Noto Sans SC font embedded', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('/ToUnicode');
  });

  it('contains the child’s name, the case number, the persuasion history and the recipients as text', () => {
    const text = pdfText(pdf);
    expect(text).toContain('辍学学生书面报告');
    expect(text).toContain('黄志强');
    expect(text).toContain('KC450702-20261120-ABC123');
    expect(text).toContain('第1次');
    expect(text).toContain('祖母称孩子外出打工');
    expect(text).toContain('第2次');
    expect(text).toContain('钦南区教育局、沙埠镇人民政府');
    expect(text).toContain('G450702201105200031');
    expect(text).toContain('报请县级人民政府协调');
    expect(text).toContain('需配合部门：公安、民政');
  });
});
