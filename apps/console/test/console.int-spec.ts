import type { Identity } from '@qz/identity';
import { localDateInChina } from '@qz/kernel';
import { SUBGRAPHS } from '@qz/schema-tools';
import {
  aChild,
  aUser,
  DEMO_VILLAGE,
  enrolInNewSchool,
  gatewayData,
  type ServiceProcess,
  startSystemOf,
  uniqueName,
  uniqueTopicPrefix,
  waitFor,
  type WholeSystem,
} from '@qz/testing';
import type { Browser } from 'playwright-core';
import {
  DESKTOP,
  foreignRequests,
  launchChromium,
  nonChineseWords,
  PHONE,
  recordingPage,
  screenshot,
  signInAs,
} from './browser';

/**
 * Issue 17: the staff console in Debian's Chromium against the real stack — six services from
 * dist/, the gateway serving the built console at `/`. Data is made through the graph as each
 * department would; the browser signs in as the demo users and must show it, in Chinese.
 */
describe('the staff console in a browser (issue 17)', () => {
  const run = uniqueName('console');
  const topicPrefix = uniqueTopicPrefix();
  let system: WholeSystem;
  let gateway: ServiceProcess;
  let base: string;
  let browser: Browser;
  let childId: string;
  let caseNumber: string;
  const SLOW = { timeoutMs: 90_000, intervalMs: 300 };
  const COUNTY = DEMO_VILLAGE.slice(0, 6);

  const civil = aUser('CIVIL_AFFAIRS_OFFICER', '450700');
  const coordinator = aUser('COORDINATOR', '450700', { purpose: 'test set-up' });
  const educationOfficer = aUser('EDUCATION_OFFICER', COUNTY);
  const schoolStaff = aUser('SCHOOL_STAFF', COUNTY);
  const police = aUser('POLICE_OFFICER', COUNTY);
  const supervisor = aUser('VILLAGE_SUPERVISOR', DEMO_VILLAGE);

  const gql = (user: Identity, query: string, variables: Record<string, unknown> = {}) =>
    gatewayData(gateway.url, user, query, variables);

  beforeAll(async () => {
    browser = await launchChromium();
    system = await startSystemOf(run, topicPrefix, SUBGRAPHS);
    gateway = system.gateway;
    base = gateway.url.replace(/\/graphql$/, '');

    // Civil affairs registers a child of 沙埠村 whose parents both work away, on dibao.
    childId = (
      await gql(civil, `mutation ($input: RegisterChildInput!) { registerChild(input: $input) { id } }`, {
        input: aChild({ familyName: '覃', givenName: '小梅', birthDate: '2013-05-20' }),
      })
    ).registerChild.id;
    await waitFor(
      'every department to learn of the child',
      async () => {
        const c = (
          await gql(
            coordinator,
            `query ($id: ID!) { child(id: $id) { education { trackedSince } protection { trackedSince } assistance { trackedSince } } }`,
            { id: childId },
          )
        ).child;
        return c?.education && c.protection && c.assistance;
      },
      SLOW,
    );
    await gql(
      civil,
      `mutation ($input: UpdateChildCircumstancesInput!) { updateChildCircumstances(input: $input) { id } }`,
      {
        input: {
          childId,
          father: 'MIGRANT_WORKER',
          mother: 'MIGRANT_WORKER',
          dibao: true,
          reason: '入户核查',
        },
      },
    );
    await gql(supervisor, `mutation ($input: RecordVisitInput!) { recordVisit(input: $input) { id } }`, {
      input: {
        childId,
        kind: 'HOME_VISIT',
        visitedOn: localDateInChina(new Date()),
        visitorName: '黄丽',
        findings: '由祖母照料，学习用品不足',
      },
    });
    // Education: a school, the enrolment, a dropout case with its written report due.
    const school = await enrolInNewSchool(
      gateway.url,
      { bureau: educationOfficer, staff: schoolStaff },
      childId,
      `沙埠镇中心学校 ${run}`,
    );
    caseNumber = (
      await gql(
        schoolStaff,
        `mutation ($input: RegisterDropoutInput!) { registerDropout(input: $input) { caseNumber } }`,
        {
          input: {
            childId,
            schoolId: school.id,
            openedOn: localDateInChina(new Date()),
            facts: '连续两周未到校',
            by: '班主任 李老师',
          },
        },
      )
    ).registerDropout.caseNumber;
    // The police take in the school's report: a new case (the missing agreement is the township's
    // and village's task first, 四(一)3).
    await waitFor(
      'a new police case about the child',
      async () =>
        (await gql(police, `{ policeQueue(queue: NEW) { childId } }`)).policeQueue.some(
          (c: any) => c.childId === childId,
        ),
      SLOW,
    );
    await waitFor(
      'a dibao proposal for the child',
      async () =>
        (
          await gql(
            civil,
            `query ($r: String!) { eligibilityProposals(regionCode: $r, status: PENDING) { childId } }`,
            { r: COUNTY },
          )
        ).eligibilityProposals.some((p: any) => p.childId === childId),
      SLOW,
    );
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  }, 60_000);

  /** Opens a page, runs the steps, checks what every console page must satisfy, saves a screenshot. */
  async function onPage(
    name: string,
    viewport: typeof DESKTOP,
    steps: (page: import('playwright-core').Page) => Promise<void>,
  ) {
    const { page, requests, problems, close } = await recordingPage(browser, viewport);
    try {
      await steps(page);
      await screenshot(page, name);
      expect(foreignRequests(requests)).toEqual([]);
      expect(requests.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    } catch (error) {
      await screenshot(page, `${name}-failed`).catch(() => undefined);
      throw error;
    } finally {
      await close();
    }
  }

  it('lists the demo users in Chinese and signs in with a token kept in memory only', async () => {
    await onPage('sign-in', DESKTOP, async (page) => {
      await page.goto(`${base}/`);
      await page.getByTestId('sign-in-police-station').waitFor();
      expect(await page.title()).toBe('钦州市困境儿童和留守儿童关爱保护信息系统');
      expect(await nonChineseWords(page)).toEqual([]);
      await screenshot(page, 'sign-in-list');
      await page.getByTestId('sign-in-police-station').click();
      await page.getByTestId('user-name').waitFor();
      expect(await page.getByTestId('user-name').innerText()).toContain('钦南区沙埠派出所 周警官');
      const stored = await page.evaluate(
        'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })',
      );
      expect(stored).not.toMatch(/eyJ/); // no JWT in the browser's storage
      // A reload forgets the sign-in.
      await page.reload();
      await page.getByTestId('sign-in-police-station').waitFor();
    });
  });

  it('police: the new reports, each with its dispatch clock, overdue first', async () => {
    await onPage('queue-police', DESKTOP, async (page) => {
      await signInAs(page, base, 'police-station');
      const queue = page.getByTestId('queue-police-new');
      await queue.locator(`a[href="/children/${childId}"]`).first().waitFor();
      const row = queue.locator('tr', { has: page.locator(`a[href="/children/${childId}"]`) }).first();
      expect(await row.innerText()).toMatch(/(剩余|已超期) \d+ (分钟|小时|天)/);
      expect(await nonChineseWords(page)).toEqual([]);
    });
  });

  it('school staff: the dropout case with its report due date', async () => {
    await onPage('queue-school', DESKTOP, async (page) => {
      await signInAs(page, base, 'school-staff');
      const row = page.getByTestId('queue-dropout-cases').locator('tr', { hasText: caseNumber });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/已登记|劝返中/);
      expect(await nonChineseWords(page)).toEqual([]);
    });
  });

  it('civil affairs: the dibao proposal waiting for a decision', async () => {
    await onPage('queue-civil-affairs', DESKTOP, async (page) => {
      await signInAs(page, base, 'civil-affairs');
      const row = page
        .getByTestId('queue-eligibility-proposals')
        .locator('tr', { has: page.locator(`a[href="/children/${childId}"]`) });
      await row.first().waitFor();
      expect(await row.first().innerText()).toContain('最低生活保障');
      await page.getByTestId('queue-overdue-applications').waitFor();
      expect(await nonChineseWords(page)).toEqual([]);
    });
  });

  it('village supervisor, on a phone: the visits due in the village', async () => {
    await onPage('queue-village-phone', PHONE, async (page) => {
      await signInAs(page, base, 'village-supervisor');
      const row = page.getByTestId('queue-visits-due').locator('tr', { hasText: '覃小梅' });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/(剩余|已超期) \d+/);
      expect(await nonChineseWords(page)).toEqual([]);
    });
  });

  it.each([
    ['township-officer', ['queue-open-assessments', 'queue-intake-queue']],
    ['dpf-officer', ['queue-health-queue']],
    ['education-county', ['queue-dropout-cases']],
  ])('%s: the queues load without an error', async (userId, queues) => {
    await onPage(`queue-${userId}`, DESKTOP, async (page) => {
      await signInAs(page, base, userId);
      for (const q of queues) await page.getByTestId(q).locator('.ant-table').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByTestId('error-zh').count()).toBe(0);
      expect(await nonChineseWords(page)).toEqual([]);
    });
  });

  it.each([
    ['child-page', DESKTOP],
    ['child-page-phone', PHONE],
  ] as const)(
    'the coordinator’s child page (%s): the ID number masked, a purpose asked before the health and protection parts',
    async (name, viewport) => {
      await onPage(name, viewport, async (page) => {
        await signInAs(page, base, 'coordinator');
        await page.getByRole('link', { name: '儿童档案', exact: true }).click();
        await page.getByPlaceholder('儿童编号').fill(childId);
        await page
          .getByRole('button', { name: '查 看' })
          .or(page.getByRole('button', { name: '查看' }))
          .click();
        await page.getByTestId('child-name').waitFor();
        expect(await page.getByTestId('resident-id').innerText()).toBe('*'.repeat(18));
        // The purpose is asked for before the parts that need one are read.
        const dialog = page.getByRole('dialog', { name: '请说明查阅目的' });
        await dialog.waitFor();
        expect(await page.getByText('禁止独居').count()).toBe(0);
        await screenshot(page, `${name}-purpose`);
        await page.getByTestId('purpose-input').fill('个案会商：核实监护情况');
        await dialog.getByRole('button', { name: /确认并查阅/ }).click();
        await page.getByText('查阅目的：个案会商：核实监护情况（已记入访问日志）').waitFor();
        await page.getByText('禁止独居').waitFor();
        expect(await page.getByTestId('timeline').innerText()).toContain('入户走访（黄丽）');
        expect(await page.getByTestId('timeline').innerText()).toContain(`控辍保学立案 ${caseNumber}`);
        expect(await nonChineseWords(page)).toEqual([]);
      });
    },
  );

  it('GraphiQL, bundled: answers a query as the signed-in user', async () => {
    await onPage('graphiql', DESKTOP, async (page) => {
      await signInAs(page, base, 'civil-affairs');
      await page.getByRole('link', { name: '接口调试' }).click();
      await page.getByTestId('graphiql').waitFor();
      // The editor loads its workers lazily: a click before it is ready runs nothing, so the
      // query is run again until its answer shows (a query, so running it twice changes nothing).
      await waitFor('GraphiQL to show the answer', async () => {
        if ((await page.locator('.graphiql-response').innerText()).includes('"regions"')) return true;
        await page.locator('.graphiql-execute-button').click();
        return page
          .locator('.graphiql-response', { hasText: '"regions"' })
          .waitFor({ timeout: 3_000 })
          .then(
            () => true,
            () => false,
          );
      });
      expect(await page.locator('.graphiql-response').innerText()).toContain('450702100');
    });
  });
});
