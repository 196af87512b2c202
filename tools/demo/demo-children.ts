/** A few Qinzhou children for a newcomer to query at once; ages chosen to light up each department's rules. */
export const DEMO_CHILDREN = [
  { familyName: '黄', givenName: '志强', sex: 'MALE', birthDate: '2011-05-20', regionCode: '450702' },
  { familyName: '陆', givenName: '思琪', sex: 'FEMALE', birthDate: '2016-08-08', regionCode: '450703' },
  { familyName: '韦', givenName: '小燕', sex: 'FEMALE', birthDate: '2021-03-09', regionCode: '450721' },
  { familyName: '梁', givenName: '家豪', sex: 'MALE', birthDate: '2009-11-30', regionCode: '450722' },
  { familyName: '覃', givenName: '美玲', sex: 'FEMALE', birthDate: '2019-01-15', regionCode: '450702' },
  { familyName: '李', givenName: '俊杰', sex: 'MALE', birthDate: '2013-07-01', regionCode: '450721' },
] as const;
