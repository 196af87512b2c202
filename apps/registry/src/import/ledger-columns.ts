import type { ParentStatus } from '../classification/classification.rules';
import type { CircumstanceChanges } from '../classification/classification.service';

/**
 * The column layout of a county's ledger (信息台账) file, CSV or XLSX: one header row with these
 * Chinese headers, in any order, then one child per row. Identity columns are required; each
 * circumstance column is optional (left out or blank: not known).
 */
export const IDENTITY_COLUMNS = {
  name: '姓名',
  residentIdNumber: '公民身份号码',
  sex: '性别',
  birthDate: '出生日期',
  regionCode: '户籍地区划代码',
} as const;

/**
 * Yes/no circumstance columns: 是/否 (also 有/无, Y/N, 1/0, √); blank means not known. 持残疾证 is
 * not among them (issue 15 defect 4): the DPF records the certificate in the health service and
 * the ledger takes it from there; a 持残疾证 column left in a county's file is not read.
 */
export const FLAG_COLUMNS = {
  dibao: '低保家庭',
  lowIncome: '低收入家庭',
  seriousIllness: '重病',
  aidsAffected: '受艾滋病影响',
  abandonedInfant: '社会弃婴',
  streetChild: '流浪儿童',
  traffickingRescued: '打拐解救',
  temporarilyWithoutFamily: '临时失去家庭依靠',
} as const;

export const PARENT_COLUMNS = { father: '父亲状况', mother: '母亲状况' } as const;

/** Other names counties use for a column. */
const ALIASES: Record<string, string> = {
  身份证号: IDENTITY_COLUMNS.residentIdNumber,
  身份证号码: IDENTITY_COLUMNS.residentIdNumber,
  公民身份证号码: IDENTITY_COLUMNS.residentIdNumber,
  户籍地代码: IDENTITY_COLUMNS.regionCode,
  区划代码: IDENTITY_COLUMNS.regionCode,
  低保: FLAG_COLUMNS.dibao,
  低收入: FLAG_COLUMNS.lowIncome,
};

/** The column each input field comes from, to name it in the error report. */
export const COLUMN_OF_FIELD: Record<string, string> = {
  familyName: IDENTITY_COLUMNS.name,
  givenName: IDENTITY_COLUMNS.name,
  residentIdNumber: IDENTITY_COLUMNS.residentIdNumber,
  sex: IDENTITY_COLUMNS.sex,
  birthDate: IDENTITY_COLUMNS.birthDate,
  regionCode: IDENTITY_COLUMNS.regionCode,
  ...FLAG_COLUMNS,
  ...PARENT_COLUMNS,
};

const PARENT_STATUS_WORDS: Record<string, ParentStatus> = {
  在家: 'AT_HOME',
  外出务工: 'MIGRANT_WORKER',
  死亡: 'DECEASED',
  失踪: 'MISSING',
  服刑: 'IMPRISONED',
  服刑在押: 'IMPRISONED',
  强制隔离戒毒: 'COMPULSORY_DRUG_REHAB',
  强制戒毒: 'COMPULSORY_DRUG_REHAB',
  重病重残: 'SERIOUSLY_ILL_OR_DISABLED',
  重病或重残: 'SERIOUSLY_ILL_OR_DISABLED',
};
const YES = new Set(['是', '有', 'Y', 'YES', '1', 'TRUE', '√']);
const NO = new Set(['否', '无', 'N', 'NO', '0', 'FALSE', '×']);

/** Two-character surnames; any other name's surname is its first character. */
const COMPOUND_SURNAMES = new Set(
  '欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离 澹台 南宫 西门 独孤'.split(
    ' ',
  ),
);

export interface RowProblem {
  column: string;
  field: string;
  code: string;
  message: string;
}

/** One row as read from the file: the row number people see in Excel, and its cells by header. */
export interface LedgerRow {
  row: number;
  cells: Record<string, string>;
  /** Set on the header row only (the first row the reader gives). */
  headers?: string[];
}

/** What a row says, ready for the registration checks. */
export interface ParsedRow {
  input: {
    familyName: string;
    givenName: string;
    sex: string;
    birthDate: string;
    residentIdNumber: string;
    regionCode: string;
  };
  circumstances: CircumstanceChanges | null;
}

/**
 * Columns about disability a county's file may still carry (issue 15 defect 4): the DPF records
 * the certificate in the health service, the ledger takes it from there.
 */
const DISABILITY_COLUMNS = new Set(['持残疾证', '残疾证', '残疾证号', '残疾类别', '残疾类型', '残疾等级']);

const READ_COLUMNS = new Set<string>([
  ...Object.values(IDENTITY_COLUMNS),
  ...Object.values(FLAG_COLUMNS),
  ...Object.values(PARENT_COLUMNS),
]);

/** A column of the file the import does not read, told on the job so that nobody expects it to count. */
export interface ColumnNotice {
  column: string;
  code: 'COLUMN_RECORDED_BY_DPF' | 'COLUMN_NOT_READ';
  message: string;
}

/** The file's columns (non-blank headers) that are not read, each with why. */
export function columnsNotRead(headers: string[]): ColumnNotice[] {
  return headers
    .map((raw) => ({ raw: raw.trim(), column: canonicalHeader(raw) }))
    .filter(({ column }) => column && !READ_COLUMNS.has(column))
    .map(({ raw, column }) =>
      DISABILITY_COLUMNS.has(column)
        ? {
            column: raw,
            code: 'COLUMN_RECORDED_BY_DPF' as const,
            message: `${raw} is not read: the disabled persons' federation records disability certificates (recordDisabilityCertificate), and the ledger takes them from there`,
          }
        : {
            column: raw,
            code: 'COLUMN_NOT_READ' as const,
            message: `${raw} is not a ledger column and is not read (the columns read: ${[...READ_COLUMNS].join('、')})`,
          },
    );
}

/** Header cells as written (trimmed, BOM removed, aliases resolved). */
export function canonicalHeader(raw: string): string {
  const h = raw.replace(/^\uFEFF/, '').replace(/\s+/g, '');
  return ALIASES[h] ?? h;
}

/** The required columns a header row lacks. */
export function missingColumns(headers: string[]): string[] {
  const have = new Set(headers.map(canonicalHeader));
  return Object.values(IDENTITY_COLUMNS).filter((c) => !have.has(c));
}

export function splitChineseName(full: string): { familyName: string; givenName: string } {
  const name = full.trim();
  const surnameLength = name.length > 2 && COMPOUND_SURNAMES.has(name.slice(0, 2)) ? 2 : 1;
  return { familyName: name.slice(0, surnameLength), givenName: name.slice(surnameLength) };
}

/** 2014-03-09, 2014/3/9, 2014.3.9, 2014年3月9日 or 20140309 as YYYY-MM-DD; anything else as given. */
export function normaliseDate(raw: string): string {
  const s = raw.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return s;
}

const problem = (column: string, field: string, code: string, message: string): RowProblem => ({
  column,
  field,
  code,
  message,
});

/**
 * Turns a row's cells into registration input and circumstances. Only the file's own notation is
 * checked here (男/女, 是/否, parent status words); the registration checks run afterwards.
 */
export function parseRow(cells: Record<string, string>): { parsed: ParsedRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cell = (column: string) => (cells[column] ?? '').trim();
  const { familyName, givenName } = splitChineseName(cell(IDENTITY_COLUMNS.name));
  if (!cell(IDENTITY_COLUMNS.name)) {
    problems.push(
      problem(IDENTITY_COLUMNS.name, 'familyName', 'FIELD_REQUIRED', `${IDENTITY_COLUMNS.name} is empty`),
    );
  }
  const sexWord = cell(IDENTITY_COLUMNS.sex);
  const sex = sexWord === '男' ? 'MALE' : sexWord === '女' ? 'FEMALE' : sexWord.toUpperCase();
  if (sex !== 'MALE' && sex !== 'FEMALE') {
    problems.push(
      problem(
        IDENTITY_COLUMNS.sex,
        'sex',
        'FIELD_INVALID',
        `${IDENTITY_COLUMNS.sex} must be 男 or 女, got "${sexWord.slice(0, 20)}"`,
      ),
    );
  }
  const circumstances: CircumstanceChanges = {};
  const household: { dibao?: boolean; lowIncome?: boolean } = {};
  for (const [field, column] of Object.entries(FLAG_COLUMNS) as [keyof typeof FLAG_COLUMNS, string][]) {
    const word = cell(column).toUpperCase();
    if (!word) continue;
    if (!YES.has(word) && !NO.has(word)) {
      problems.push(
        problem(column, field, 'FIELD_INVALID', `${column} must be 是 or 否, got "${word.slice(0, 20)}"`),
      );
      continue;
    }
    if (field === 'dibao' || field === 'lowIncome') household[field] = YES.has(word);
    else circumstances[field] = YES.has(word);
  }
  for (const [field, column] of Object.entries(PARENT_COLUMNS) as [keyof typeof PARENT_COLUMNS, string][]) {
    const word = cell(column);
    if (!word) continue;
    const status = PARENT_STATUS_WORDS[word];
    if (!status) {
      problems.push(
        problem(
          column,
          field,
          'FIELD_INVALID',
          `${column} must be one of ${Object.keys(PARENT_STATUS_WORDS).join('、')}, got "${word.slice(0, 20)}"`,
        ),
      );
      continue;
    }
    circumstances[field] = status;
  }
  if (problems.length) return { problems };
  if (Object.keys(household).length) circumstances.household = household;
  return {
    parsed: {
      input: {
        familyName,
        givenName,
        sex,
        birthDate: normaliseDate(cell(IDENTITY_COLUMNS.birthDate)),
        residentIdNumber: cell(IDENTITY_COLUMNS.residentIdNumber).toUpperCase(),
        regionCode: cell(IDENTITY_COLUMNS.regionCode),
      },
      circumstances: Object.keys(circumstances).length ? circumstances : null,
    },
  };
}

/**
 * The key of "the same child" when ID numbers differ: same full name, birth date and household
 * region (a person typed twice, once with a wrong ID number).
 */
export const sameChildKey = (c: {
  familyName: string;
  givenName: string;
  birthDate: string;
  regionCode: string;
}) => `${c.familyName}${c.givenName}|${c.birthDate}|${c.regionCode}`;
