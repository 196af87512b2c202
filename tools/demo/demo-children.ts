/**
 * A few Qinzhou children for a newcomer to query at once: ages and circumstances chosen so that
 * each department's rules and the main categories of 三 show up.
 */
export const DEMO_CHILDREN = [
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
      regionCode: '450721100201',
    },
    circumstances: { disabilityCertificate: true, reason: '残疾证（听力二级）' },
  },
  {
    child: {
      familyName: '梁',
      givenName: '家豪',
      sex: 'MALE',
      birthDate: '2009-11-30',
      regionCode: '450722100201',
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
      regionCode: '450721100201',
    },
    circumstances: { father: 'AT_HOME', mother: 'AT_HOME', lowIncome: true, reason: '低收入家庭认定' },
  },
] as const;
