/**
 * A few Qinzhou children for a newcomer to query at once: ages and circumstances chosen so that
 * each department's rules and the main categories of 三 show up.
 */
export interface DemoChild {
  child: {
    familyName: string;
    givenName: string;
    sex: 'MALE' | 'FEMALE';
    birthDate: string;
    regionCode: string;
  };
  circumstances: Record<string, unknown> & { reason: string };
}

const FIRST_SIX: readonly DemoChild[] = [
  {
    child: {
      familyName: '黄',
      givenName: '志强',
      sex: 'MALE',
      birthDate: '2011-05-20',
      regionCode: '450702100201',
    },
    circumstances: { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '家访：父母均在广东务工' },
  },
  {
    child: {
      familyName: '陆',
      givenName: '思琪',
      sex: 'FEMALE',
      birthDate: '2016-08-08',
      regionCode: '450703103201',
    },
    circumstances: {
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      dibao: true,
      reason: '低保审批，父母外出务工',
    },
  },
  {
    child: {
      familyName: '韦',
      givenName: '小燕',
      sex: 'FEMALE',
      birthDate: '2021-03-09',
      regionCode: '450721101201',
    },
    // The certificate itself is the DPF's record (DEMO_CERTIFICATES): the ledger learns it by event.
    circumstances: { reason: '残疾证（听力二级）' },
  },
  {
    child: {
      familyName: '梁',
      givenName: '家豪',
      sex: 'MALE',
      birthDate: '2009-11-30',
      regionCode: '450722101201',
    },
    circumstances: { father: 'IMPRISONED', mother: 'DECEASED', reason: '法院判决书、死亡证明' },
  },
  {
    child: {
      familyName: '覃',
      givenName: '美玲',
      sex: 'FEMALE',
      birthDate: '2019-01-15',
      regionCode: '450702100201',
    },
    circumstances: { father: 'DECEASED', mother: 'DECEASED', reason: '父母死亡证明' },
  },
  {
    child: {
      familyName: '李',
      givenName: '俊杰',
      sex: 'MALE',
      birthDate: '2013-07-01',
      regionCode: '450721101201',
    },
    circumstances: { father: 'AT_HOME', mother: 'AT_HOME', lowIncome: true, reason: '低收入家庭认定' },
  },
];

/** More children across the counties, so that every category of 三 has someone in it. */
const MORE: [string, string, 'MALE' | 'FEMALE', string, string, DemoChild['circumstances']][] = [
  [
    '莫',
    '子轩',
    'MALE',
    '2014-02-11',
    '450702100202',
    {
      father: 'MIGRANT_WORKER',
      fatherWorkplace: '广东省东莞市',
      mother: 'MIGRANT_WORKER',
      motherWorkplace: '广东省深圳市',
      reason: '村委会排查：父母外出务工',
    },
  ],
  [
    '苏',
    '雨桐',
    'FEMALE',
    '2017-09-03',
    '450702100202',
    { father: 'MIGRANT_WORKER', mother: 'SERIOUSLY_ILL_OR_DISABLED', reason: '母亲重度残疾，父亲外出务工' },
  ],
  [
    '何',
    '浩然',
    'MALE',
    '2012-06-18',
    '450702100001',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '学校报告：父母均在外务工' },
  ],
  [
    '蒙',
    '欣怡',
    'FEMALE',
    '2015-12-25',
    '450702101201',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '驻村干部探访' },
  ],
  [
    '庞',
    '宇航',
    'MALE',
    '2011-08-08',
    '450702101202',
    { father: 'MIGRANT_WORKER', mother: 'IMPRISONED', reason: '母亲服刑，父亲外出务工' },
  ],
  [
    '劳',
    '诗涵',
    'FEMALE',
    '2018-04-04',
    '450703100201',
    {
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      dibao: true,
      dibaoCertifiedFrom: '2026-01-01',
      dibaoCertifiedUntil: '2026-12-31',
      reason: '低保年审，父母外出务工',
    },
  ],
  [
    '甘',
    '志明',
    'MALE',
    '2010-10-10',
    '450703100202',
    { dibao: true, father: 'AT_HOME', mother: 'AT_HOME', reason: '低保审批' },
  ],
  [
    '冯',
    '佳怡',
    'FEMALE',
    '2016-03-21',
    '450703101201',
    { lowIncome: true, father: 'AT_HOME', mother: 'AT_HOME', reason: '低收入家庭认定' },
  ],
  [
    '谢',
    '天佑',
    'MALE',
    '2020-07-07',
    '450703101202',
    { father: 'DECEASED', mother: 'MISSING', reason: '父亲死亡证明，母亲下落不明两年' },
  ],
  [
    '钟',
    '梓萱',
    'FEMALE',
    '2024-05-01',
    '450721102201',
    { abandonedInfant: true, reason: '公安机关弃婴报案回执' },
  ],
  [
    '罗',
    '俊熙',
    'MALE',
    '2013-01-30',
    '450721102202',
    { father: 'COMPULSORY_DRUG_REHAB', mother: 'MISSING', reason: '父亲强制隔离戒毒，母亲失联' },
  ],
  [
    '邓',
    '子豪',
    'MALE',
    '2010-03-15',
    '450721103201',
    { streetChild: true, reason: '救助管理站接收流浪儿童' },
  ],
  [
    '唐',
    '思雨',
    'FEMALE',
    '2014-11-11',
    '450721103202',
    { dibao: true, reason: '残疾人证（智力一级）、低保' },
  ],
  [
    '潘',
    '小龙',
    'MALE',
    '2019-09-19',
    '450721104201',
    { seriousIllness: true, illnessDiagnosis: '先天性心脏病', reason: '市人民医院诊断证明' },
  ],
  [
    '龙',
    '慧敏',
    'FEMALE',
    '2012-02-02',
    '450721104202',
    {
      aidsAffected: true,
      father: 'DECEASED',
      mother: 'SERIOUSLY_ILL_OR_DISABLED',
      reason: '疾控中心随访记录',
    },
  ],
  [
    '杨',
    '明轩',
    'MALE',
    '2011-04-14',
    '450722102201',
    { traffickingRescued: true, reason: '公安机关解救被拐卖儿童' },
  ],
  [
    '陈',
    '可欣',
    'FEMALE',
    '2015-06-06',
    '450722102202',
    { temporarilyWithoutFamily: true, reason: '父母均被刑事拘留，临时无人监护' },
  ],
  [
    '周',
    '浩宇',
    'MALE',
    '2016-08-16',
    '450722103201',
    {
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      seriousIllness: true,
      illnessDiagnosis: '白血病',
      reason: '父母外出务工，县医院诊断',
    },
  ],
  [
    '吴',
    '雅琪',
    'FEMALE',
    '2013-10-01',
    '450722103202',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '父母外出务工' },
  ],
  [
    '郑',
    '博文',
    'MALE',
    '2018-12-12',
    '450722104201',
    { father: 'MIGRANT_WORKER', mother: 'DECEASED', reason: '母亲去世，父亲外出务工' },
  ],
  [
    '朱',
    '欣妍',
    'FEMALE',
    '2022-02-22',
    '450702102201',
    {
      father: 'AT_HOME',
      mother: 'AT_HOME',
      reason: '残疾人证（听力二级）',
    },
  ],
  [
    '许',
    '晨阳',
    'MALE',
    '2009-09-09',
    '450702102202',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '父母外出务工（已满16周岁）' },
  ],
  [
    '宁',
    '若曦',
    'FEMALE',
    '2017-05-20',
    '450702104201',
    { father: 'MISSING', mother: 'MISSING', reason: '父母均下落不明，派出所证明' },
  ],
  [
    '农',
    '家乐',
    'MALE',
    '2015-07-27',
    '450702104202',
    { father: 'IMPRISONED', mother: 'IMPRISONED', reason: '父母均在服刑' },
  ],
  [
    '卢',
    '紫涵',
    'FEMALE',
    '2012-12-01',
    '450703102201',
    {
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      lowIncome: true,
      reason: '低收入认定，父母外出务工',
    },
  ],
  [
    '廖',
    '俊宇',
    'MALE',
    '2020-01-01',
    '450703102202',
    { father: 'AT_HOME', mother: 'AT_HOME', reason: '入户登记（无困境情形）' },
  ],
  [
    '黎',
    '美琪',
    'FEMALE',
    '2011-11-20',
    '450721105201',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '父母外出务工' },
  ],
  [
    '韩',
    '宇轩',
    'MALE',
    '2016-02-29',
    '450722105201',
    {
      father: 'MIGRANT_WORKER',
      mother: 'MIGRANT_WORKER',
      reason: '残疾人证（肢体三级），父母外出务工',
    },
  ],
  [
    '颜',
    '思彤',
    'FEMALE',
    '2023-03-03',
    '450722105202',
    { father: 'DECEASED', mother: 'IMPRISONED', reason: '父亲死亡、母亲服刑' },
  ],
  [
    '秦',
    '梓睿',
    'MALE',
    '2014-05-05',
    '450703103202',
    { father: 'MIGRANT_WORKER', mother: 'MIGRANT_WORKER', reason: '父母外出务工' },
  ],
];

export const DEMO_CHILDREN: readonly DemoChild[] = [
  ...FIRST_SIX,
  ...MORE.map(([familyName, givenName, sex, birthDate, regionCode, circumstances]) => ({
    child: { familyName, givenName, sex, birthDate, regionCode },
    circumstances,
  })),
];

/**
 * The demo children's disability certificates, recorded by the DPF in the health service (the one
 * record of a certificate, issue 15): the registry classifies them DISABLED from health's event.
 * Recorded right after registration (loadDemoCertificates).
 */
export const DEMO_CERTIFICATES: Readonly<
  Record<string, { type: string; grade: number; certifiedOn: string }>
> = {
  韦小燕: { type: 'HEARING', grade: 2, certifiedOn: '2023-05-10' },
  覃美玲: { type: 'PHYSICAL', grade: 3, certifiedOn: '2024-03-01' },
  唐思雨: { type: 'INTELLECTUAL', grade: 1, certifiedOn: '2020-09-01' },
  朱欣妍: { type: 'HEARING', grade: 2, certifiedOn: '2024-05-01' },
  韩宇轩: { type: 'PHYSICAL', grade: 3, certifiedOn: '2022-03-15' },
};
