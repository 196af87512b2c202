import { aUser, connectTestDatabase, DEMO_VILLAGE, uniqueName, wholeSystemForThisBlock } from '@qz/testing';

const COUNTY = DEMO_VILLAGE.slice(0, 6); // 钦南区
const POLICE = aUser('POLICE_OFFICER', COUNTY);
const INSTITUTION = aUser('INSTITUTION_STAFF', '450700');
const SOCIAL_WORKER = aUser('CHILD_SOCIAL_WORKER', DEMO_VILLAGE.slice(0, 9));

const REPORT = `mutation ($input: ReceiveReportInput!) { receiveReport(input: $input) { id } }`;
const READ = `query ($id: ID!) { protectionCase(id: $id) { dispatchDueAt
  reports { id reporterKind channel mandatory anonymous reporterName reporterPhone receivedAt slaMinutes dispatchDueAt } } }`;

/** A report of an unidentified child (each its own case), made now. */
const aReport = (over: Record<string, unknown>) => ({
  situationType: 'LEFT_ALONE',
  childDescription: `约7岁女孩，独自在家 ${Math.random()}`,
  regionCode: DEMO_VILLAGE,
  facts: '邻居说孩子独自在家三天',
  ...over,
});

/**
 * 四(二)2 (reports from everyone) through the gateway, police from dist/ on the real broker and
 * store: the public reports through the public channels, anonymously if it wishes, and welfare
 * institutions, rescue centres and social-work agencies report as themselves — all through the
 * same intake, each report on the same dispatch clock; an anonymous reporter's name and phone are
 * never stored.
 */
describe('reports from everyone, anonymous or not, on the same clock (四(二)2)', () => {
  const run = uniqueName('everyone');
  const { ok, codeOf } = wholeSystemForThisBlock(run, ['police'], 400_000);
  const report = async (user: typeof POLICE, input: object) => {
    const id = (await ok(user, REPORT, { input })).receiveReport.id as string;
    return (await ok(POLICE, READ, { id })).protectionCase;
  };
  const clockOf = (r: { receivedAt: string; dispatchDueAt: string }) =>
    (Date.parse(r.dispatchDueAt) - Date.parse(r.receivedAt)) / 60_000;

  it('四(二)2: an anonymous report from the public stores no name or phone, and gets its clock like a named one', async () => {
    const named = await report(
      POLICE,
      aReport({
        reporterKind: 'PUBLIC',
        channel: 'CALL_110',
        reporterName: '陈女士',
        reporterPhone: '13800000001',
      }),
    );
    const anonymous = await report(
      POLICE,
      aReport({ reporterKind: 'PUBLIC', channel: 'WECHAT', anonymous: true }),
    );
    const [n] = named.reports;
    const [a] = anonymous.reports;
    expect(a).toMatchObject({
      reporterKind: 'PUBLIC',
      channel: 'WECHAT',
      mandatory: false,
      anonymous: true,
      reporterName: null,
      reporterPhone: null,
    });
    expect(n).toMatchObject({ anonymous: false, reporterName: '陈女士' });
    expect(clockOf(a)).toBe(a.slaMinutes);
    expect(clockOf(a)).toBe(clockOf(n));
    expect(anonymous.dispatchDueAt).toBe(a.dispatchDueAt);

    // The stored case holds nothing of the person: no name, no phone.
    const db = await connectTestDatabase(`${run}_police`);
    try {
      const stored = await db.collection('cases').findOne({ 'reports.id': a.id });
      expect(stored?.['reports']).toHaveLength(1);
      expect(stored?.['reports'][0]).toMatchObject({
        anonymous: true,
        reporterName: null,
        reporterPhone: null,
      });
    } finally {
      await db.close();
    }
  }, 120_000);

  it('四(二)2: anonymity is the public’s; an anonymous report that names someone, and a named one without a name, are refused', async () => {
    const before = await casesStored();
    const pub = { reporterKind: 'PUBLIC', channel: 'WEIBO' };
    expect(
      await codeOf(POLICE, REPORT, { input: aReport({ ...pub, anonymous: true, reporterName: '张三' }) }),
    ).toBe('ANONYMOUS_REPORTER_IDENTIFIED');
    expect(
      await codeOf(POLICE, REPORT, {
        input: aReport({ ...pub, anonymous: true, reporterPhone: '13800000002' }),
      }),
    ).toBe('ANONYMOUS_REPORTER_IDENTIFIED');
    expect(await codeOf(POLICE, REPORT, { input: aReport(pub) })).toBe('FIELD_REQUIRED');
    expect(
      await codeOf(INSTITUTION, REPORT, {
        input: aReport({
          reporterKind: 'WELFARE_INSTITUTION',
          channel: 'DUTY_BEARER_DIRECT',
          anonymous: true,
        }),
      }),
    ).toBe('ANONYMOUS_REPORT_NOT_PUBLIC');
    expect(await casesStored()).toBe(before);
  });

  it('四(二)2: welfare institutions, rescue centres and social-work agencies report as themselves through the same intake', async () => {
    const direct = { channel: 'DUTY_BEARER_DIRECT', reporterName: '值班员' };
    for (const [user, kind] of [
      [INSTITUTION, 'WELFARE_INSTITUTION'],
      [INSTITUTION, 'RESCUE_AGENCY'],
      [SOCIAL_WORKER, 'SOCIAL_WORK_AGENCY'],
    ] as const) {
      const c = await report(user, aReport({ ...direct, reporterKind: kind, reporterOrganisation: kind }));
      const [r] = c.reports;
      expect(r).toMatchObject({
        reporterKind: kind,
        mandatory: true,
        anonymous: false,
        reporterName: '值班员',
      });
      expect(clockOf(r)).toBe(r.slaMinutes);
    }
    expect(await codeOf(INSTITUTION, REPORT, { input: aReport({ ...direct, reporterKind: 'SCHOOL' }) })).toBe(
      'REPORTER_KIND_NOT_YOURS',
    );
    // Reporting is all an institution does: the case is police's.
    const id = (
      await ok(INSTITUTION, REPORT, { input: aReport({ ...direct, reporterKind: 'RESCUE_AGENCY' }) })
    ).receiveReport.id;
    expect(await codeOf(INSTITUTION, READ, { id })).toBe('FORBIDDEN');
  });

  const casesStored = async () => {
    const db = await connectTestDatabase(`${run}_police`);
    try {
      return await db.collection('cases').countDocuments({});
    } finally {
      await db.close();
    }
  };
});
